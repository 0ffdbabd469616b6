/**
 * The options page's sync settings. Presentational: the status and the actions come in as props
 * (entrypoints/options/sync-panel.tsx talks to the background); the only state kept here is the
 * passphrase being typed, which is handed to the action and then cleared.
 */
import { useState } from 'preact/hooks';
import type { SyncStatus } from '../../lib/sync/status';

export interface SyncSectionProps {
  /** null while the first status is loading. */
  status: SyncStatus | null;
  busy: boolean;
  /** The last action's failure (a wrong passphrase, say), shown as an alert. */
  error: string | null;
  /** Checkbox: on (with the passphrase typed, if any) or off. */
  onToggle: (on: boolean, passphrase: string) => void;
  /** Enter the passphrase on a locked profile. */
  onUnlock: (passphrase: string) => void;
  onSyncNow: () => void;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;
}

function when(iso: string | null): string {
  if (!iso) return 'never';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'never' : d.toLocaleString();
}

export function SyncSection({ status, busy, error, onToggle, onUnlock, onSyncNow }: SyncSectionProps) {
  const [passphrase, setPassphrase] = useState('');
  // What the user just asked for, shown while the background works on it (then the real state).
  const [intent, setIntent] = useState<boolean | null>(null);
  const enabled = status?.enabled ?? false;
  const locked = status?.locked ?? false;
  const askPassphrase = !enabled || locked;

  const toggle = (event: Event): void => {
    const on = (event.currentTarget as HTMLInputElement).checked;
    setIntent(on);
    onToggle(on, on ? passphrase : '');
    setPassphrase('');
  };
  const unlock = (event: Event): void => {
    event.preventDefault();
    onUnlock(passphrase);
    setPassphrase('');
  };

  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <p>
        Off by default. When on, your cases, notes, deadlines and production counts are copied into the browser’s own sync
        storage, and <strong>the browser vendor’s sync servers</strong> (Google’s for Chrome, Mozilla’s for Firefox) carry
        them to your other profiles signed in to the same account. Docket Margin itself sends nothing anywhere.
      </p>
      <p>
        With a passphrase, everything is encrypted in this browser first (AES-GCM), so the vendor’s servers hold only
        ciphertext. Use the same passphrase on every profile; it is never stored or sent, and without it another profile
        cannot read the synced data.
      </p>
      {askPassphrase && (
        <form class="row" onSubmit={locked ? unlock : (e) => e.preventDefault()}>
          <label for="sync-passphrase">{locked ? 'Passphrase' : 'Passphrase (optional, encrypts synced data)'}</label>
          <input
            id="sync-passphrase"
            type="password"
            autocomplete="new-password"
            value={passphrase}
            onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
            disabled={busy}
          />
          {locked && (
            <button type="submit" disabled={busy || passphrase.length === 0}>
              Unlock
            </button>
          )}
        </form>
      )}
      <div class="row">
        <input id="sync-enabled" type="checkbox" checked={busy && intent !== null ? intent : enabled} onChange={toggle} disabled={busy || status === null} />
        <label for="sync-enabled">Sync across browser profiles</label>
        {enabled && (
          <button type="button" onClick={onSyncNow} disabled={busy || locked}>
            Sync now
          </button>
        )}
      </div>
      {enabled && !locked && status && !status.encrypted && (
        <p class="warning" id="sync-unencrypted">
          <strong>Not encrypted.</strong> Your notes sit in plain text in the browser’s sync storage: the vendor’s sync
          servers can read them, and so, in Firefox, can the extension’s own scripts inside court pages, which a
          compromised page could use. Set a passphrase (turn sync off, then on with one) to keep them ciphertext.
        </p>
      )}
      {locked && (
        <p role="alert" class="error">
          Can’t read synced data — enter the passphrase used on your other profiles. Nothing is read or written until then.
        </p>
      )}
      <p role="alert" class="error">
        {error ?? ''}
      </p>
      {status && (
        <dl class="sync-status" aria-label="Sync status">
          <dt>Status</dt>
          <dd>{!enabled ? 'Off' : locked ? 'On, locked (needs the passphrase)' : status.encrypted ? 'On, encrypted' : 'On, not encrypted'}</dd>
          <dt>Last sync</dt>
          <dd>{when(status.lastSyncAt)}</dd>
          <dt>Used</dt>
          <dd>
            {status.itemsUsed} of {status.quotaItems} items, {formatKb(status.bytesUsed)} of {formatKb(status.quotaBytes)}
          </dd>
          <dt>Kept on this profile only</dt>
          <dd>
            {status.localOnlyCases.length === 0 ? (
              'none'
            ) : (
              <>
                {status.localOnlyCases.length} {status.localOnlyCases.length === 1 ? 'case' : 'cases'} did not fit in the
                browser’s sync quota (the most recently touched cases sync first):
                <ul>
                  {status.localOnlyCases.map((c) => (
                    <li key={c.id}>{c.docketNumber || c.id}</li>
                  ))}
                </ul>
              </>
            )}
          </dd>
          <dt>Last error</dt>
          <dd>{status.lastError ?? 'none'}</dd>
        </dl>
      )}
    </section>
  );
}
