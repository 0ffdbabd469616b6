/**
 * The background's wiring: closes storage.local and storage.sync to content scripts where the
 * browser can, opens the store and this profile's own store (settings, view state, sync's key;
 * moving what earlier versions kept in storage.local into it, once), answers messages through the router, remembers each tab's page report
 * and broadcasts changes. Called from entrypoints/background.ts's main().
 */
import { browser } from 'wxt/browser';
import { createRouter, type Handlers, type Router } from '../messages/router';
import { classifySender, type Sender } from '../messages/sender';
import { Repository } from '../store/repository';
import { createChangeBroadcaster } from './change-broadcast';
import { createContentGuard } from './content-guard';
import { createHandlers } from './handlers';
import { moveOutOfLocalStorage, type LocalArea } from './local-migration';
import { ProfileStore } from './profile-store';
import { settingsArea, type SettingsArea } from './settings-area';
import { restrictToTrustedContexts, type AccessControlledArea } from './storage-access';
import { memoryArea, TabReports, type SessionArea } from './tab-reports';

export interface BackgroundOptions {
  /** Handlers that replace or add to the built-in ones (sync registers `sync/status` here). */
  extraHandlers?: Partial<Handlers>;
  /** Database name (tests); this profile's own store is `<dbName>-profile`. */
  dbName?: string;
  /** Wall clock in ms (tests pin "today" for paces and file names). */
  now?: () => number;
}

export interface Background {
  router: Router;
  /** The store, once open; sync attaches to it. */
  repository: Promise<Repository>;
  /** This profile's own store (view state, sync's state), once open and migrated. */
  profile: Promise<ProfileStore>;
  /** The settings, in the profile store; sync follows their changes. */
  settings: SettingsArea;
  registerHandler: Router['register'];
}

export function startBackground(options: BackgroundOptions = {}): Background {
  void restrictToTrustedContexts(browser.storage as { local?: AccessControlledArea; sync?: AccessControlledArea }).catch(() => undefined);
  const profile = ProfileStore.open(options.dbName ? `${options.dbName}-profile` : undefined).then(async (store) => {
    await moveOutOfLocalStorage(browser.storage.local as unknown as LocalArea, store).catch((e: unknown) => console.error('[docket-margin] storage.local migration', e));
    return store;
  });
  profile.catch((e: unknown) => console.error('[docket-margin] cannot open the profile store', e));
  const settings = settingsArea(profile);

  const session = (browser.storage as { session?: SessionArea }).session ?? memoryArea();
  const tabReports = new TabReports(session);
  const repository = Repository.open({ name: options.dbName }).then(async (repo) => {
    const broadcast = createChangeBroadcaster({
      area: session,
      tabs: () => tabReports.tabIds(),
      notify: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    });
    repo.onChange((caseIds) => void broadcast(caseIds).catch((e: unknown) => console.error('[docket-margin] change signal', e)));
    // Checked at each service-worker start, done at most once a day: a purge can wait for the next start, so no alarm.
    void repo.purgeTombstonesIfDue(Date.now()).catch((e: unknown) => console.error('[docket-margin] purge', e));
    return repo;
  });
  repository.catch((e: unknown) => console.error('[docket-margin] cannot open the database', e));

  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const router = createRouter(
    {
      ...createHandlers({ repository: () => repository, tabReports, profile: () => profile, settings, ...(options.now ? { now: options.now } : {}) }),
      ...options.extraHandlers,
    },
    // Content scripts get only what lib/messages/content-access.ts lists, checked here.
    { classify: (sender) => classifySender(sender, self), authorize: createContentGuard({ repository: () => repository, tabReports }) },
  );

  // Registered synchronously so a message that wakes the worker is not missed. Answer through
  // sendResponse + `return true` when the runtime offers it (works with and without the polyfill);
  // otherwise (WXT's fake browser) by returning the promise.
  browser.runtime.onMessage.addListener(((message: unknown, sender: Sender, sendResponse?: (r: unknown) => void) => {
    // Always classified: a listener call without a sender gets no more than a content script.
    const answer = router(message, sender ?? {});
    if (typeof sendResponse !== 'function') return answer;
    void answer.then(sendResponse);
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  // onRemoved needs no `tabs` permission.
  browser.tabs?.onRemoved?.addListener((tabId) => void tabReports.forget(tabId).catch(() => undefined));

  return { router, repository, profile, settings, registerHandler: (type, handler) => router.register(type, handler) };
}
