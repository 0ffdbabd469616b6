/**
 * Wiring only: which tab the popup is for, the message sender, the change signal, and the
 * "interactive" performance mark the popup benchmark reads.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Subscribe } from '../../components/popup/api';
import { inputSchemas } from '../../components/popup/input-schemas';
import { tabIdFromSearch } from '../../components/popup/tab-param';
import { CHANGE_KEY } from '../../lib/messages/change';
import { send } from '../../lib/messages/client';
import './style.css';

export const INTERACTIVE_MARK = 'dm:interactive';
/** When the popup's own script starts: what comes before is the browser opening the page. */
export const SCRIPT_MARK = 'dm:script';

async function currentTabId(): Promise<number | null> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== null) return fromUrl;
  // The id of the active tab needs no `tabs` permission (only its url and title would).
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main(): Promise<void> {
  performance.mark(SCRIPT_MARK);
  const subscribe: Subscribe = (onChange) => {
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'local' && CHANGE_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  };
  const interactive = (): void => {
    performance.mark(INTERACTIVE_MARK);
    // Now that the first view is up, fetch what the first save will need.
    void inputSchemas();
  };
  const tabId = await currentTabId().catch(() => null);
  render(
    <PopupApp tabId={tabId} send={send} subscribe={subscribe} onInteractive={interactive} />,
    document.getElementById('app')!,
  );
}

void main();
