/**
 * Wiring only: which tab the popup is for, the message sender, the change signal, and the
 * "interactive" performance mark the popup benchmark reads.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Subscribe } from '../../components/popup/api';
import { tabIdFromSearch } from '../../components/popup/tab-param';
import { CHANGE_KEY } from '../../lib/messages/change';
import { send } from '../../lib/messages/client';
import './style.css';

export const INTERACTIVE_MARK = 'dm:interactive';

async function currentTabId(): Promise<number | null> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== null) return fromUrl;
  // The id of the active tab needs no `tabs` permission (only its url and title would).
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main(): Promise<void> {
  const subscribe: Subscribe = (onChange) => {
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'local' && CHANGE_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  };
  const tabId = await currentTabId().catch(() => null);
  render(
    <PopupApp tabId={tabId} send={send} subscribe={subscribe} onInteractive={() => performance.mark(INTERACTIVE_MARK)} />,
    document.getElementById('app')!,
  );
}

void main();
