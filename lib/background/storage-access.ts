/**
 * Close storage.local and storage.sync to content scripts where the browser can: Chrome 140+
 * offers setAccessLevel on every area (Chrome 96-139 only on storage.session, which is closed to
 * them by default); Firefox has no such method on any area (MDN, browser-compat-data). Called at
 * every service-worker start; the browser keeps the level in the extension's preferences.
 * Where it is not available, lib/background keeps nothing in storage.local but the settings
 * (SECURITY.md says what storage.sync then holds).
 */
type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';

export interface AccessControlledArea {
  setAccessLevel?: (options: { accessLevel: AccessLevel }) => Promise<void>;
}

export interface AccessResult {
  local: boolean;
  sync: boolean;
}

async function restrict(area: AccessControlledArea | undefined): Promise<boolean> {
  if (typeof area?.setAccessLevel !== 'function') return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    // Chrome before 140 has the method on every area but accepts it only on storage.session.
    return false;
  }
}

/** Which areas are now closed to content scripts. */
export async function restrictToTrustedContexts(storage: { local?: AccessControlledArea; sync?: AccessControlledArea }): Promise<AccessResult> {
  const [local, sync] = await Promise.all([restrict(storage.local), restrict(storage.sync)]);
  return { local, sync };
}
