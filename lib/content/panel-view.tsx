/**
 * The panel for the page's own case: the saved case's CasePanel (collapsible; the background keeps
 * the state per case, and says it in the page/report answer), or the control that adds an unsaved
 * case. Renders into a new isolated host it returns. No storage here: the content script asks.
 */
import { render } from 'preact';
import { AddCaseControl, CasePanel, OVERLAY_CSS } from '../../components/overlay';
import { send } from '../messages/client';
import type { OverlayLookup } from '../messages/schema';
import type { PageReading } from '../pages/reading';
import { createIsolatedHost, type IsolatedHost } from './shadow-host';
import { localClock } from './local-clock';

/** Render the panel after `anchor` (or at the top of the page); null when the page has no case of its own. */
export function renderPanel(reading: PageReading, lookup: OverlayLookup, anchor: Element | null, startCollapsed: boolean): IsolatedHost | null {
  if (!reading.primary) return null;
  const host = createIsolatedHost('docket-margin-panel', 'panel', OVERLAY_CSS);
  const where = anchor ?? document.body.firstElementChild;
  if (where?.parentNode) where.parentNode.insertBefore(host.host, anchor ? where.nextSibling : where);
  else document.body.prepend(host.host);
  const summary = lookup.primary;
  if (summary) {
    let collapsed = startCollapsed;
    const draw = (): void =>
      render(
        <CasePanel
          summary={summary}
          now={localClock()}
          collapsed={collapsed}
          onToggle={() => {
            collapsed = !collapsed;
            void send({ type: 'view/collapse', caseId: summary.id, collapsed }).catch(() => undefined);
            draw();
          }}
        />,
        host.container,
      );
    draw();
    return host;
  }
  const primary = reading.primary;
  const court = reading.court;
  if (!court) return host;
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
  return host;
}
