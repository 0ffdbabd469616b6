/**
 * The content script's one feature: read the page, ask the background which of its cases are saved,
 * and render the overlay (panel for the page's case, badges for other saved cases, an add control
 * for an unsaved page case). Re-runs on the background's change notice (an edit anywhere) and when the page's DOM
 * changes (CourtListener lists, the new appellate system). No zod here: types only.
 *
 * Large dockets (megabytes of text) are read in short tasks: the head of the page first (the
 * header prints the page's own case), whose report brings the panel; then the rest, between which
 * the page keeps its thread, and a second, complete report brings the badges (the background keeps
 * the latest report per tab, so the popup's `page/get` sees the complete one).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { isChangeNotice } from '../messages/change';
import { send } from '../messages/client';
import type { OverlayLookup } from '../messages/schema';
import { locateMentions, PageReader, type PageReading } from '../pages/reading';
import type { SiteReader } from '../pages/site-reading';
import { badgeTargets, renderBadges } from './badges';
import { anchorOf, toPageReport } from './page-report';
import { renderPanel } from './panel-view';
import { OVERLAY_ATTR, removeStaleOverlays, type IsolatedHost } from './shadow-host';
import { ScriptLifetime } from './lifetime';
import { WorkLog, yieldToPage } from './work-slices';

const MUTATION_DEBOUNCE_MS = 400;

/**
 * Start the overlay on this page, read by `readSite` (each site's content script passes its own
 * reader). Stops when the extension goes away (ScriptLifetime).
 */
export async function startOverlay(readSite: SiteReader, lifetime = new ScriptLifetime(() => browser.runtime)): Promise<void> {
  removeStaleOverlays(document);
  document.documentElement.setAttribute('data-docket-margin-loaded', '1');

  let panel: IsolatedHost | null = null;
  let badges: IsolatedHost[] = [];
  let running = false;
  let rerun = false;

  const unmount = (h: IsolatedHost): void => {
    render(null, h.container);
    h.host.remove();
  };
  const clearPanel = (): void => {
    if (panel) unmount(panel);
    panel = null;
  };
  const clear = (): void => {
    badges.forEach(unmount);
    badges = [];
    clearPanel();
  };

  /** What the panel shows: the page case and title, and the saved case behind it (same key, same panel). */
  const panelKey = (r: PageReading, l: OverlayLookup): string =>
    JSON.stringify([r.primary?.key, r.primary?.court, r.primary?.text, r.title, r.court, l.primary]);

  const run = async (): Promise<void> => {
    if (!lifetime.isValid) return;
    if (running) {
      rerun = true;
      return;
    }
    running = true;
    const work = new WorkLog();
    const perf = { readMs: 0, locateMs: 0, renderMs: 0, panelAt: 0, totalMs: 0, longestMs: 0, tasks: 0 };
    // Every await below ends a task; each `work.begin()` after it starts the next.
    const pause = async (): Promise<boolean> => {
      work.end();
      await yieldToPage();
      work.begin();
      return lifetime.isValid;
    };
    const timed = <T,>(field: 'readMs' | 'locateMs' | 'renderMs', f: () => T): T => {
      const t = performance.now();
      try {
        return f();
      } finally {
        perf[field] += performance.now() - t;
      }
    };
    try {
      work.begin();
      const reader = new PageReader(document, location.href, readSite);
      // 1. The head of the page; a small page, all of it, if this task's budget allows.
      while (!timed('readMs', () => reader.readHead(work.overBudget))) if (!(await pause())) return;
      const complete = reader.indexed && timed('readMs', () => reader.run(work.overBudget));
      const first = complete ? reader.result()! : timed('readMs', () => reader.head());
      const firstLocated = timed('locateMs', () => (first.primary || (complete && first.mentions.length) ? locateMentions(document.body, first) : []));
      work.end();
      const lookup = await send<OverlayLookup>({ type: 'page/report', report: toPageReport(first) });
      if (!lifetime.isValid) return;

      // 2. The panel (or the add control) for the page's own case.
      work.begin();
      timed('renderMs', () =>
        unobserved(() => {
          clear();
          panel = renderPanel(first, lookup, anchorOf(first, firstLocated), lookup.collapsed);
        }),
      );
      if (panel) perf.panelAt = performance.now();

      let reading = first;
      let located = firstLocated;
      let final = lookup;
      if (!complete) {
        // 3. The rest of the page, in pieces; then the complete report, which the popup reads.
        for (;;) {
          if (!(await pause())) return;
          if (timed('readMs', () => reader.run(work.overBudget))) break;
        }
        reading = reader.result()!;
        work.end();
        final = await send<OverlayLookup>({ type: 'page/report', report: toPageReport(reading) });
        if (!lifetime.isValid) return;
        work.begin();
        located = timed('locateMs', () => (reading.primary || reading.mentions.length ? locateMentions(document.body, reading) : []));
        if (panelKey(first, lookup) !== panelKey(reading, final)) {
          timed('renderMs', () =>
            unobserved(() => {
              clearPanel();
              panel = renderPanel(reading, final, anchorOf(reading, located), final.collapsed);
            }),
          );
        }
      }

      // 4. Badges for the other saved cases, a task's budget at a time.
      const targets = badgeTargets(located, final);
      let next = 0;
      while (next < targets.length) {
        if (next > 0 && !(await pause())) return;
        next = timed('renderMs', () => unobserved(() => renderBadges(targets, next, final, work.overBudget, badges)));
      }
      work.end();
      Object.assign(perf, work.current);
      // Timing only (no case data): read by `npm run bench` from outside the isolated world.
      document.documentElement.setAttribute('data-docket-margin-perf', JSON.stringify(perf));
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
    timer = lifetime.setTimeout(() => void run(), MUTATION_DEBOUNCE_MS);
  });
  const observe = (): void => observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  /** Change the page without the observer seeing our own insertions. */
  const unobserved = <T,>(change: () => T): T => {
    observer.disconnect();
    try {
      return change();
    } finally {
      observe();
    }
  };

  // The background's change notice (tabs.sendMessage); nothing else that arrives here is acted on.
  const onNotice = (message: unknown, sender: { id?: string; tab?: unknown }): void => {
    if (isChangeNotice(message, sender, browser.runtime.id)) void run();
  };
  browser.runtime.onMessage.addListener(onNotice);
  // The page first: in an orphaned script the extension call last may throw.
  lifetime.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    clear();
    document.documentElement.removeAttribute('data-docket-margin-loaded');
    browser.runtime.onMessage.removeListener(onNotice);
  });

  await run();
}
