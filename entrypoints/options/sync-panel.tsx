/**
 * Container for the options page's sync section: asks the background for the status (and again
 * every few seconds while the page is open, so "last sync" stays true), and sends the user's
 * actions as `sync/enable` and `sync/now` requests. Mounted by the options page's main.tsx.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { SyncSection } from '../../components/options/SyncSection';
import { send } from '../../lib/messages/client';
import type { SyncStatus } from '../../lib/sync/status';

const REFRESH_MS = 5_000;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function SyncPanel() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      setStatus(await send<SyncStatus>({ type: 'sync/status' }));
    } catch (e) {
      setError(message(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const act = async (request: () => Promise<SyncStatus>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await request());
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SyncSection
      status={status}
      busy={busy}
      error={error}
      onToggle={(enabled, passphrase) => void act(() => send<SyncStatus>({ type: 'sync/enable', enabled, ...(passphrase ? { passphrase } : {}) }))}
      onUnlock={(passphrase) => void act(() => send<SyncStatus>({ type: 'sync/enable', enabled: true, passphrase }))}
      onSyncNow={() => void act(() => send<SyncStatus>({ type: 'sync/now' }))}
    />
  );
}
