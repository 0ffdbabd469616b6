import { describe, expect, it, vi } from 'vitest';
import { restrictToTrustedContexts } from '../../lib/background/storage-access';

describe('restrictToTrustedContexts', () => {
  it('closes storage.local and storage.sync to content scripts where the browser offers it (Chrome 140+)', async () => {
    const local = { setAccessLevel: vi.fn(async () => undefined) };
    const sync = { setAccessLevel: vi.fn(async () => undefined) };
    expect(await restrictToTrustedContexts({ local, sync })).toEqual({ local: true, sync: true });
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(sync.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('says so, without failing, where it does not (Firefox: no method; Chrome 96-139: session only)', async () => {
    expect(await restrictToTrustedContexts({ local: {}, sync: {} })).toEqual({ local: false, sync: false });
    const refuses = { setAccessLevel: async () => Promise.reject(new Error('This StorageArea does not support setAccessLevel')) };
    expect(await restrictToTrustedContexts({ local: refuses, sync: refuses })).toEqual({ local: false, sync: false });
    expect(await restrictToTrustedContexts({})).toEqual({ local: false, sync: false });
  });
});
