/**
 * Wiring only: which tab the popup is for, the message sender (with the case list's first page
 * prefetched while the active tab is looked up), the change signal, and the "interactive"
 * performance mark the popup benchmark reads.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { FIRST_ROWS, countRequest, listRequest } from '../../components/popup/CaseList';
import { prefetch } from '../../components/popup/prefetch';
import type { Subscribe } from '../../components/popup/api';
import { inputSchemas } from '../../components/popup/input-schemas';
import { caseIdFromSearch, tabIdFromSearch } from '../../components/popup/tab-param';
import { downloadText } from '../../components/shared/download';
import { isChangeSignal } from '../../lib/messages/change';
import { send } from '../../lib/messages/client';
import './style.css';

export const INTERACTIVE_MARK = 'dm:interactive';
/** When the popup's own script starts: what comes before is the browser opening the page. */
export const SCRIPT_MARK = 'dm:script';

async function activeTabId(): Promise<number | null> {
  // The id of the active tab needs no `tabs` permission (only its url and title would).
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main(): Promise<void> {
  performance.mark(SCRIPT_MARK);
  const subscribe: Subscribe = (onChange) => {
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (isChangeSignal(changes, area)) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  };
  const fromUrl = tabIdFromSearch(location.search);
  // A reminder's click opens popup.html?case=…: that case's editor, whatever tab is active.
  const caseId = caseIdFromSearch(location.search);
  // While the browser looks up the active tab the background is idle: the case list's first page
  // travels meanwhile, one or two round trips before the list view would ask. Not when the tab is
  // known: page/get then goes first, and the list would only hold up the case/get that follows
  // (measured: the editor 8 ms slower, p50).
  const early = fromUrl === null && caseId === null ? prefetch(send, [countRequest(''), listRequest('', FIRST_ROWS)]) : null;
  const stopWatching = early ? subscribe(() => early.drop()) : () => undefined;
  const interactive = (): void => {
    performance.mark(INTERACTIVE_MARK);
    early?.drop();
    stopWatching();
    // Now that the first view is up, fetch what the first save will need.
    void inputSchemas();
  };
  const tabId = caseId ? null : (fromUrl ?? (await activeTabId().catch(() => null)));
  render(
    <PopupApp tabId={tabId} caseId={caseId} download={downloadText} send={early?.send ?? send} subscribe={subscribe} onInteractive={interactive} />,
    document.getElementById('app')!,
  );
}

void main();
