/**
 * The content script's one feature: read the page, ask the background which of its cases are saved,
 * and render the overlay (panel for the page's case, badges for other saved cases, an add control
 * for an unsaved page case). Re-runs on a change signal (an edit anywhere) and when the page's DOM
 * changes (CourtListener lists, the new appellate system). No zod here: types only.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AddCaseControl, CaseBadge, CasePanel, OVERLAY_CSS } from '../../components/overlay';
import { CHANGE_KEY } from '../messages/change';
import { send } from '../messages/client';
import type { CaseSummary, PageLookup, PageReport, ReportedCaseNumber } from '../messages/schema';
import { locateMentions, readPage, type PageReading } from '../pages';
import type { CaseNumberMatch } from '../docket-number/types';
import { isPageCase } from './page-case';
import { createIsolatedHost, OVERLAY_ATTR, removeStaleOverlays, type IsolatedHost } from './shadow-host';

const MAX_BADGES = 300;
const MAX_REPORTED_MENTIONS = 500;
const MUTATION_DEBOUNCE_MS = 400;
const collapsedKey = (caseId: string): string => `dm:collapsed:${caseId}`;

function toReported(m: CaseNumberMatch): ReportedCaseNumber {
  return {
    text: m.text,
    key: m.key,
    office: m.office,
    year: m.year,
    type: m.type,
    serial: m.serial,
    judges: m.judges,
    defendant: m.defendant,
    kind: m.kind,
  };
}

export function toPageReport(reading: PageReading): PageReport {
  return {
    url: reading.url.slice(0, 4096),
    court: reading.court,
    pageType: reading.pageType,
    title: reading.title ? reading.title.slice(0, 500) : null,
    primary: reading.primary ? toReported(reading.primary) : null,
    mentions: reading.mentions.slice(0, MAX_REPORTED_MENTIONS).map((m) => ({ ...toReported(m), court: m.court })),
  };
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,div,center,section,article,header,hgroup,form';

/** The block after which the panel goes: the header that prints the page's case, outside any table. */
function panelAnchor(node: Node): Element | null {
  const el = node.parentElement;
  if (!el) return null;
  const table = el.closest('table');
  if (table) return table;
  return el.closest(BLOCKS) ?? el;
}

export async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  removeStaleOverlays(document);
  document.documentElement.setAttribute('data-docket-margin-loaded', '1');

  let panel: IsolatedHost | null = null;
  let badges: IsolatedHost[] = [];
  let running = false;
  let rerun = false;

  const clear = (): void => {
    for (const b of badges) {
      render(null, b.container);
      b.host.remove();
    }
    badges = [];
    if (panel) {
      render(null, panel.container);
      panel.host.remove();
      panel = null;
    }
  };

  const renderPanel = (reading: PageReading, lookup: PageLookup, anchor: Element | null, startCollapsed: boolean): void => {
    if (!reading.primary) return;
    const host = createIsolatedHost('docket-margin-panel', 'panel', OVERLAY_CSS);
    const where = anchor ?? document.body.firstElementChild;
    if (where?.parentNode) where.parentNode.insertBefore(host.host, anchor ? where.nextSibling : where);
    else document.body.prepend(host.host);
    panel = host;
    const summary = lookup.primary;
    if (summary) {
      const key = collapsedKey(summary.id);
      let collapsed = startCollapsed;
      const draw = (): void =>
        render(
          <CasePanel
            summary={summary}
            collapsed={collapsed}
            onToggle={() => {
              collapsed = !collapsed;
              void browser.storage.local.set({ [key]: collapsed });
              draw();
            }}
          />,
          host.container,
        );
      draw();
      return;
    }
    const primary = reading.primary;
    const court = reading.court;
    if (!court) return;
    let state: 'idle' | 'adding' | 'error' = 'idle';
    let error: string | undefined;
    const draw = (): void =>
      render(
        <AddCaseControl
          docketNumber={primary.text}
          title={reading.title ?? ''}
          state={state}
          error={error}
          onAdd={async () => {
            state = 'adding';
            draw();
            try {
              await send({ type: 'case/create', court, docketNumber: primary.text, title: reading.title ?? '', tags: [] });
            } catch (e) {
              state = 'error';
              error = e instanceof Error ? e.message : String(e);
              draw();
            }
          }}
        />,
        host.container,
      );
    draw();
  };

  const renderBadges = (located: ReturnType<typeof locateMentions>, reading: PageReading, lookup: PageLookup): void => {
    const targets = located.filter((l) => {
      const summary: CaseSummary | undefined = lookup.mentions[l.match.key];
      if (!summary) return false;
      return !(lookup.primary && summary.id === lookup.primary.id && isPageCase(l.match, reading.primary));
    });
    // Insert from the end of each text node backwards so earlier offsets stay valid.
    targets.sort((a, b) => (a.node === b.node ? b.end - a.end : 0));
    for (const t of targets.slice(0, MAX_BADGES)) {
      const summary = lookup.mentions[t.match.key]!;
      const host = createIsolatedHost('docket-margin-badge', 'badge', OVERLAY_CSS);
      const rest = t.end < t.node.data.length ? t.node.splitText(t.end) : null;
      t.node.parentNode?.insertBefore(host.host, rest ?? t.node.nextSibling);
      render(<CaseBadge summary={summary} />, host.container);
      badges.push(host);
    }
  };

  const run = async (): Promise<void> => {
    if (!ctx.isValid) return;
    if (running) {
      rerun = true;
      return;
    }
    running = true;
    try {
      const t0 = performance.now();
      const reading = readPage(document, location.href);
      const readMs = performance.now() - t0;
      const located = reading.primary || reading.mentions.length ? locateMentions(document.body, reading) : [];
      const scanMs = performance.now() - t0;
      const lookup = await send<PageLookup>({ type: 'page/report', report: toPageReport(reading) });
      if (!ctx.isValid) return;
      // Read before rendering, so the render below is one synchronous piece of main-thread work.
      const collapsedAt = lookup.primary ? collapsedKey(lookup.primary.id) : null;
      const startCollapsed = collapsedAt ? (await browser.storage.local.get(collapsedAt))[collapsedAt] === true : false;
      if (!ctx.isValid) return;
      const t1 = performance.now();
      observer.disconnect();
      clear();
      const primaryAt = reading.primary
        ? located.find((l) => isPageCase(l.match, reading.primary))
        : undefined;
      renderPanel(reading, lookup, primaryAt ? panelAnchor(primaryAt.node) : null, startCollapsed);
      renderBadges(located, reading, lookup);
      observe();
      const renderMs = performance.now() - t1;
      // Timing only (no case data): read by `npm run bench` from outside the isolated world.
      document.documentElement.setAttribute('data-docket-margin-perf', JSON.stringify({ readMs, scanMs, renderMs }));
    } catch (error) {
      // A failing overlay must never break the court's page.
      console.warn('Docket Margin:', error);
    } finally {
      running = false;
      if (rerun) {
        rerun = false;
        void run();
      }
    }
  };

  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    const foreign = records.some((r) =>
      [...r.addedNodes, ...r.removedNodes].some((n) => !(n instanceof Element && n.hasAttribute(OVERLAY_ATTR)) && !(n.nodeType === Node.TEXT_NODE && r.target instanceof Element && r.target.closest(`[${OVERLAY_ATTR}]`))),
    );
    if (!foreign) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void run(), MUTATION_DEBOUNCE_MS);
  });
  const observe = (): void => observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  const onStorage = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && CHANGE_KEY in changes) void run();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onStorage);
    clear();
    document.documentElement.removeAttribute('data-docket-margin-loaded');
  });

  await run();
}
