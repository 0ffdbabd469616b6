// @vitest-environment happy-dom
/** The options page's sync section (components/options/SyncSection.tsx), with data in props. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncSection, type SyncSectionProps } from '../../components/options/SyncSection';
import type { SyncStatus } from '../../lib/sync/status';
import { SYNC_OFF } from './status-off';

afterEach(cleanup);

function setup(status: SyncStatus | null, over: Partial<SyncSectionProps> = {}) {
  const props: SyncSectionProps = { status, busy: false, error: null, onToggle: vi.fn(), onUnlock: vi.fn(), onSyncNow: vi.fn(), ...over };
  render(<SyncSection {...props} />);
  return props;
}

describe('sync section', () => {
  it('offers an unchecked "Sync across browser profiles" checkbox and says who carries the data', () => {
    setup(SYNC_OFF);
    const box = screen.getByLabelText(/Sync across browser profiles/) as HTMLInputElement;
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);
    const text = document.body.textContent ?? '';
    expect(text).toMatch(/browser vendor’s sync servers/);
    expect(text).toMatch(/only\s+ciphertext/);
    expect(screen.getByText('Off')).toBeTruthy();
  });

  it('turning it on hands over the passphrase typed, then forgets it', () => {
    const p = setup(SYNC_OFF);
    const field = screen.getByLabelText(/Passphrase/) as HTMLInputElement;
    expect(field.type).toBe('password');
    fireEvent.input(field, { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByLabelText(/Sync across browser profiles/));
    expect(p.onToggle).toHaveBeenCalledWith(true, 'correct horse battery');
    expect((screen.getByLabelText(/Passphrase/) as HTMLInputElement).value).toBe('');
  });

  it('warns, while sync runs unencrypted, who can read the synced notes, and not when it is encrypted or off', () => {
    setup({ ...SYNC_OFF, enabled: true, encrypted: false });
    expect(screen.getByText('On, not encrypted')).toBeTruthy();
    expect(document.getElementById('sync-unencrypted')?.textContent).toMatch(/Not encrypted\..*plain text.*vendor’s sync\s+servers.*in Firefox.*Set a passphrase/s);
    cleanup();
    setup({ ...SYNC_OFF, enabled: true, encrypted: true });
    expect(document.getElementById('sync-unencrypted')).toBeNull();
    cleanup();
    setup(SYNC_OFF);
    expect(document.getElementById('sync-unencrypted')).toBeNull();
  });

  it('shows status: last sync, usage of the quota, local-only cases (as text) and the last error', () => {
    const p = setup({
      ...SYNC_OFF,
      enabled: true,
      encrypted: true,
      lastSyncAt: '2026-11-22T20:00:00.000Z',
      itemsUsed: 37,
      bytesUsed: 98_304,
      localOnlyCases: [
        { id: 'case:a', docketNumber: '4:21-cv-02632-DMR' },
        { id: 'case:b', docketNumber: '<img src=x onerror=alert(1)>' },
      ],
      lastError: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
    });
    expect((screen.getByLabelText(/Sync across browser profiles/) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('On, encrypted')).toBeTruthy();
    expect(screen.getByText(new Date('2026-11-22T20:00:00.000Z').toLocaleString())).toBeTruthy();
    expect(screen.getByText(/37 of 512 items, 96 KB of 100 KB/)).toBeTruthy();
    expect(screen.getByText('4:21-cv-02632-DMR')).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/2 cases did not fit/)).toBeTruthy();
    expect(screen.getByText(/MAX_WRITE_OPERATIONS_PER_MINUTE/)).toBeTruthy();
    expect(screen.queryByLabelText(/Passphrase/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(p.onSyncNow).toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText(/Sync across browser profiles/));
    expect(p.onToggle).toHaveBeenCalledWith(false, '');
  });

  it('a locked profile says it cannot read synced data and asks for the passphrase', () => {
    const p = setup({ ...SYNC_OFF, enabled: true, locked: true, lastError: 'x' });
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/Can’t read synced data — enter the passphrase/);
    const unlock = screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement;
    expect(unlock.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText(/Passphrase/), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(p.onUnlock).toHaveBeenCalledWith('correct horse battery');
    expect((screen.getByRole('button', { name: 'Sync now' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows an action’s error as an alert, and is disabled while loading', () => {
    setup(null, { error: 'That passphrase does not open the data your other profiles synced. Nothing was changed.' });
    expect(screen.getByRole('alert').textContent).toMatch(/does not open/);
    expect((screen.getByLabelText(/Sync across browser profiles/) as HTMLInputElement).disabled).toBe(true);
  });
});
