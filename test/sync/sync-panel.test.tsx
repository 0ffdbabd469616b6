// @vitest-environment happy-dom
/** The options page's sync container: status on load, and the requests it sends for each action. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncPanel } from '../../entrypoints/options/sync-panel';
import type { SyncStatus } from '../../lib/sync/status';
import { SYNC_OFF } from './status-off';

let received: Record<string, unknown>[] = [];
let status: SyncStatus = SYNC_OFF;

beforeEach(() => {
  fakeBrowser.reset();
  received = [];
  status = SYNC_OFF;
  // The fake browser answers sendMessage with what the listener returns (a stand-in background).
  fakeBrowser.runtime.onMessage.addListener(((message: Record<string, unknown>) => {
    received.push(message);
    if (message.type === 'sync/enable' && message.passphrase === 'wrong passphrase')
      return Promise.resolve({ ok: false, error: 'That passphrase does not open the data your other profiles synced. Nothing was changed.' });
    if (message.type === 'sync/enable') status = { ...status, enabled: message.enabled as boolean, encrypted: Boolean(message.passphrase) };
    if (message.type === 'sync/now') status = { ...status, lastSyncAt: '2026-11-22T20:00:00.000Z' };
    return Promise.resolve({ ok: true, data: status });
  }) as never);
});
afterEach(cleanup);

describe('sync panel', () => {
  it('loads the status, turns sync on with the passphrase typed, and syncs now', async () => {
    render(<SyncPanel />);
    await waitFor(() => expect(screen.getByText('Off')).toBeTruthy());
    expect(received[0]).toEqual({ type: 'sync/status' });
    fireEvent.input(screen.getByLabelText(/Passphrase/), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByLabelText(/Sync across browser profiles/));
    await waitFor(() => expect(screen.getByText('On, encrypted')).toBeTruthy());
    expect(received).toContainEqual({ type: 'sync/enable', enabled: true, passphrase: 'correct horse battery' });
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(screen.getByText(new Date('2026-11-22T20:00:00.000Z').toLocaleString())).toBeTruthy());
    expect(received).toContainEqual({ type: 'sync/now' });
    fireEvent.click(screen.getByLabelText(/Sync across browser profiles/));
    await waitFor(() => expect(screen.getByText('Off')).toBeTruthy());
    expect(received.at(-1)).toEqual({ type: 'sync/enable', enabled: false });
  });

  it('shows the background’s refusal of a passphrase and stays off', async () => {
    render(<SyncPanel />);
    await waitFor(() => expect(screen.getByText('Off')).toBeTruthy());
    fireEvent.input(screen.getByLabelText(/Passphrase/), { target: { value: 'wrong passphrase' } });
    fireEvent.click(screen.getByLabelText(/Sync across browser profiles/));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/does not open/));
    expect((screen.getByLabelText(/Sync across browser profiles/) as HTMLInputElement).checked).toBe(false);
  });
});
