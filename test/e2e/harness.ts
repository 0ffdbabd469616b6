/**
 * Real-browser harness: Debian's Chromium through playwright-core with the built extension,
 * pages served locally under their real hostnames, and helpers for the popup, the options page,
 * the service worker's storage and overlay text (closed shadow roots included, through CDP).
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { SERVED_HOST_PATTERNS, startPageServer, type PageServer } from './page-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const ARTIFACTS_DIR = resolve(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  server: PageServer;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  /** Open a page at its real URL (served by `server`); waits for DOMContentLoaded. */
  openPage(url: string, html?: string): Promise<Page>;
  /** The popup page for a given tab (the tab id the content script reported from). */
  openPopup(tabId?: number): Promise<Page>;
  openOptions(): Promise<Page>;
  /**
   * The browser's tab id of an **extension** page, asked of the page (chrome.tabs.getCurrent). A docket
   * page cannot ask: for those, ask `page/get` per tab id (`reportingTabId`).
   */
  tabIdOf(page: Page): Promise<number>;
  /** Evaluate in the service worker (chrome.* available). */
  inWorker<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  storageGet(area: 'local' | 'sync' | 'session', keys?: string | string[] | null): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile directory (e.g. to simulate a restart). Default: a fresh temporary one. */
  profileDir?: string;
  /** Share one page server between browsers (two-profile tests). */
  server?: PageServer;
  /**
   * Resolve every hostname to the page server, not only the served ones, so any request to any
   * host that leaves the browser lands in `server.requests` (the zero-network test's witness);
   * except `*.google.com`, which Chromium calls on its own and which therefore resolve nowhere.
   */
  everyHost?: boolean;
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const server = options.server ?? (await startPageServer());
  const ownsServer = !options.server;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'dm-profile-'));
  const toServer = (options.everyHost ? ['*'] : SERVED_HOST_PATTERNS).map((h) => `MAP ${h} 127.0.0.1:${server.port}`);
  // Chromium itself, with no extension loaded, opens TLS connections to accounts.google.com and
  // android.clients.google.com within seconds of starting (8 in 5 s idle, measured here): those
  // hosts resolve nowhere, so the server's log holds only what the pages and the extension asked for.
  const rules = [...(options.everyHost ? ['MAP *.google.com ~NOTFOUND'] : []), ...toServer].join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=${rules}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  const inWorker = <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (serviceWorker.evaluate as (f: unknown, a: unknown) => Promise<any>)(fn, arg) as Promise<T>;

  const browser: ExtensionBrowser = {
    context,
    server,
    extensionId,
    serviceWorker,
    profileDir,
    async openPage(url, html) {
      const served = html === undefined ? url : server.serve(url, html);
      const page = await context.newPage();
      await page.goto(served.replace(/^https:/, 'http:'), { waitUntil: 'domcontentloaded' });
      return page;
    },
    async openPopup(tabId) {
      const page = await context.newPage();
      const query = tabId === undefined ? '' : `?tab=${tabId}`;
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async tabIdOf(page) {
      // Asked of the page itself: the worker sees no tab's URL without the `tabs` permission
      // (Chromium 156 hides even the extension's own pages' URLs), while an extension page in a
      // tab may always ask for its own tab.
      const id = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? null);
      if (typeof id !== 'number') throw new Error(`${page.url()} is not an extension page in a tab`);
      return id;
    },
    inWorker: inWorker as ExtensionBrowser['inWorker'],
    storageGet(area, keys = null) {
      return inWorker(({ a, k }: { a: string; k: string | string[] | null }) => chrome.storage[a].get(k), { a: area, k: keys });
    },
    async close() {
      await context.close();
      if (ownsServer) await server.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return browser;
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function hasAttr(node: CdpNode, name: string): boolean {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return true;
  return false;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  const parts: string[] = [];
  for (const root of node.shadowRoots ?? []) parts.push(textOf(root));
  for (const child of node.children ?? []) parts.push(textOf(child));
  return parts.join(' ');
}

/**
 * Text of every overlay host (`[data-docket-margin]`) on the page, shadow roots included even
 * when closed: read through the DevTools protocol with `pierce: true`, the way a user sees it.
 */
export async function overlayTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: string[] = [];
    const walk = (node: CdpNode): void => {
      if (node.nodeType === 1 && hasAttr(node, 'data-docket-margin')) {
        found.push(textOf(node).replace(/\s+/g, ' ').trim());
        return;
      }
      for (const r of node.shadowRoots ?? []) walk(r);
      for (const c of node.children ?? []) walk(c);
    };
    walk(root);
    return found;
  } finally {
    await cdp.detach();
  }
}

/** Poll until `check` returns a truthy value (real browsers are asynchronous), or fail with `what`. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The project's own fixture pages, to serve under their URLs. */
export { fixtureHtml, fixtures, type FixtureEntry } from '../fixture-index';

/** Every element inside overlay hosts (closed shadow roots included) matching `pred`, as CDP node ids. */
async function overlayNodes(page: Page, pred: (node: CdpNode, text: string) => boolean): Promise<{ cdp: import('playwright-core').CDPSession; ids: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { nodeId: number } };
  const ids: number[] = [];
  const walk = (node: CdpNode & { nodeId?: number }, inside: boolean): void => {
    const within = inside || (node.nodeType === 1 && hasAttr(node, 'data-docket-margin'));
    if (within && node.nodeType === 1 && pred(node, textOf(node).replace(/\s+/g, ' ').trim())) ids.push(node.nodeId!);
    for (const r of node.shadowRoots ?? []) walk(r, within);
    for (const c of node.children ?? []) walk(c, within);
  };
  walk(root, false);
  return { cdp, ids };
}

/** Attribute values of overlay elements (closed shadow roots included), e.g. badges' aria-labels. */
export async function overlayAttributes(page: Page, attribute: string): Promise<string[]> {
  const values: string[] = [];
  const { cdp } = await overlayNodes(page, (node) => {
    const a = node.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === attribute) values.push(a[i + 1] ?? '');
    return false;
  });
  await cdp.detach();
  return values;
}

/** Count of overlay elements with a given tag name (e.g. IMG, SCRIPT) inside the shadow roots. */
export async function overlayElementCount(page: Page, tagName: string): Promise<number> {
  const { cdp, ids } = await overlayNodes(page, (node) => node.nodeName === tagName.toUpperCase());
  await cdp.detach();
  return ids.length;
}

/**
 * Overlay elements (closed shadow roots included) that could run or fetch something if a text
 * had been parsed as HTML (IMG, SCRIPT, IFRAME, OBJECT, EMBED, SVG, LINK, VIDEO, AUDIO), any `on…`
 * attribute and any `javascript:` URL, one line each. The overlay itself renders none of these.
 */
export async function overlayActiveContent(page: Page): Promise<string[]> {
  const found: string[] = [];
  const { cdp } = await overlayNodes(page, (node) => {
    if (/^(IMG|SCRIPT|IFRAME|OBJECT|EMBED|SVG|LINK|VIDEO|AUDIO)$/i.test(node.nodeName)) found.push(node.nodeName);
    const a = node.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) {
      if (/^on/i.test(a[i]!)) found.push(`${node.nodeName} ${a[i]}`);
      if (/^\s*javascript:/i.test(a[i + 1] ?? '') && /^(href|src|action|formaction)$/i.test(a[i]!)) found.push(`${node.nodeName} ${a[i]}=${a[i + 1]}`);
    }
    return false;
  });
  await cdp.detach();
  return found;
}

/**
 * Click an overlay button by its visible text or aria-label, through closed shadow roots: the
 * element is found with CDP and clicked with the real mouse at its centre, as a user would.
 */
export async function clickOverlayButton(page: Page, name: string | RegExp): Promise<void> {
  const matches = (s: string): boolean => (typeof name === 'string' ? s.includes(name) : name.test(s));
  const { cdp, ids } = await overlayNodes(page, (node, text) => {
    if (node.nodeName !== 'BUTTON' && !(node.attributes ?? []).includes('button')) return false;
    const a = node.attributes ?? [];
    const label = a[a.indexOf('aria-label') + 1];
    return matches(text) || (a.includes('aria-label') && label !== undefined && matches(label));
  });
  try {
    if (!ids.length) throw new Error(`no overlay button matching ${String(name)}`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: ids[0] });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: ids[0] })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/**
 * The tab id of the page whose content script reported `url`. Without the `tabs` permission the
 * worker sees tab ids but not their URLs (so tabIdOf cannot match them); the background's
 * page/get answers with each tab's report, which carries the URL.
 */
export async function reportingTabId(b: ExtensionBrowser, ext: Page, url: string): Promise<number> {
  const wanted = new URL(url);
  type Answer = { ok: true; data: { report: { url: string; primary: unknown } | null } } | { ok: false; error: string };
  return eventually(async () => {
    const ids = await b.inWorker(async () => (await chrome.tabs.query({})).map((t: { id?: number }) => t.id ?? -1));
    for (const tabId of ids) {
      if (tabId < 0) continue;
      const r = await sendFromExtensionPage<Answer>(ext, { type: 'page/get', tabId });
      const got = r.ok && r.data.report ? new URL(r.data.report.url) : null;
      if (got && got.host === wanted.host && got.pathname + got.search === wanted.pathname + wanted.search && r.ok && r.data.report!.primary) return tabId;
    }
    return null;
  }, `the content script's report for ${url}`);
}

/** Send a request to the background from an extension page, as the popup and options do. */
export async function sendFromExtensionPage<T = unknown>(page: Page, request: unknown): Promise<T> {
  return page.evaluate((r) => chrome.runtime.sendMessage(r), request) as Promise<T>;
}

/**
 * A value from the background's profile store (IndexedDB `docket-margin-profile`, store `kv`):
 * settings, reminder and sync state, collapsed panels. Read in the worker; CryptoKeys come back as
 * their type, extractability and algorithm, never bytes.
 */
export async function profileStoreGet<T = unknown>(b: ExtensionBrowser, key: string): Promise<T> {
  return b.inWorker(
    (k: string) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('docket-margin-profile');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get(k);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const describe = (v: unknown): unknown =>
              v instanceof CryptoKey
                ? { type: 'CryptoKey', extractable: v.extractable, algorithm: v.algorithm.name }
                : v && typeof v === 'object' && !Array.isArray(v)
                  ? Object.fromEntries(Object.entries(v).map(([n, x]) => [n, describe(x)]))
                  : v;
            resolve(describe(get.result) as T);
            open.result.close();
          };
        };
      }),
    key,
  );
}
