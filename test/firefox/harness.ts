/**
 * Real-Firefox harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the
 * built `.output/firefox-mv2` installed as a temporary add-on, pages served under their real
 * hostnames by the local page server acting as Firefox's HTTP proxy.
 *
 * Two things BiDi does not do for extension pages, and what we do instead:
 * - puppeteer sees no navigation events of moz-extension documents (page.goto never resolves and
 *   page.url() stays about:blank), so `openExtensionPage` sends browsingContext.navigate without
 *   waiting and polls the document's own location and readyState;
 * - closed shadow roots are invisible to page scripts, so `overlayTexts` asks BiDi to serialize the
 *   document with its shadow trees (`includeShadowTree: 'all'`), as a user sees the overlay.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { eventually } from '../e2e/harness';
import { startPageServer, type PageServer } from '../e2e/page-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX_EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv2');
export const FIREFOX_ARTIFACTS_DIR = resolve(ROOT, 'test-output/firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fixed, so extension URLs are known before install (Firefox otherwise picks a random one). */
const EXTENSION_UUID = '6f1b3e0d-9c11-4c7a-9a57-3c1f2a8e1d2b';
/** Every protocol command gives up after this long instead of hanging the suite. */
const PROTOCOL_TIMEOUT_MS = 30_000;

interface BidiNode {
  type: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

/** The raw BiDi connection under puppeteer's browser (for commands puppeteer does not wrap). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface FirefoxWithExtension {
  browser: Browser;
  server: PageServer;
  /** moz-extension://<uuid> */
  origin: string;
  /** Open `url` (served with `html` if given) in a new tab; resolves once the document is parsed. */
  openPage(url: string, html?: string): Promise<Page>;
  /** Open an extension page (`options.html`, `popup.html?tab=3`) in a new tab, once it has rendered `ready`. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  /** Resize the tab's viewport (BiDi's own command; puppeteer's setViewport needs one ESR 140 lacks). */
  setViewport(page: Page, width: number, height: number): Promise<void>;
  /** Send a request to the background from an extension page, as the popup and options do. */
  sendFrom<T = unknown>(page: Page, request: unknown): Promise<T>;
  close(): Promise<void>;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build has no gecko id: run `wxt build -b firefox`');
  return id;
}

/** The BiDi browsing-context id of a page (puppeteer keeps it on the main frame). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

function connectionOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const server = await startPageServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: PROTOCOL_TIMEOUT_MS,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
      // Every http request goes to the page server, which answers for the real hostnames.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      // Firefox's own background checks (not the extension's) would otherwise reach the proxy.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  try {
    // An absolute path: a relative one fails with NS_ERROR_FILE_UNRECOGNIZED_PATH.
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await closeBrowser(browser);
    await server.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const connection = connectionOf(browser);

  return {
    browser,
    server,
    origin,
    async openPage(url, html) {
      const served = html === undefined ? url : server.serve(url, html);
      const page = await browser.newPage();
      await page.goto(served.replace(/^https:/, 'http:'), { waitUntil: 'domcontentloaded' });
      return page;
    },
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      const url = `${origin}/${path}`;
      await connection.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
      await eventually(
        () => page.evaluate((u, text) => location.href === u && document.readyState === 'complete' && (document.body?.innerText ?? '').includes(text), url, ready),
        `${path} showing “${ready}”`,
      );
      return page;
    },
    async setViewport(page, width, height) {
      await connection.send('browsingContext.setViewport', { context: contextOf(page), viewport: { width, height } });
    },
    sendFrom<T>(page: Page, request: unknown): Promise<T> {
      // Firefox gives extension pages the promise-based `browser` global.
      return page.evaluate((r) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(r), request as never) as Promise<T>;
    },
    async close() {
      await closeBrowser(browser);
      await server.close();
    },
  };
}

/** Close Firefox; if it does not go within 10 s, kill it, so a stuck browser never outlives the suite. */
async function closeBrowser(browser: Browser): Promise<void> {
  const child = browser.process();
  const closed = browser.close().then(
    () => true,
    () => false,
  );
  const inTime = await Promise.race([closed, new Promise<false>((r) => setTimeout(() => r(false), 10_000))]);
  if (!inTime && child && child.exitCode === null) child.kill('SIGKILL');
}

function textOf(node: BidiNode | null | undefined): string {
  const v = node?.value;
  if (!v) return '';
  if (v.nodeType === 3) return v.nodeValue ?? '';
  if (v.localName === 'style' || v.localName === 'script') return '';
  return [textOf(v.shadowRoot), ...(v.children ?? []).map(textOf)].join(' ');
}

/** The BiDi serialization of a page's document element, shadow roots (closed ones too) included. */
async function serializedDocument(browser: Browser, page: Page): Promise<BidiNode> {
  const { result } = await connectionOf(browser).send('script.evaluate', {
    expression: 'document.documentElement',
    target: { context: contextOf(page) },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 1000, includeShadowTree: 'all' },
  });
  if (result.type !== 'success') throw new Error(`could not serialize the page: ${JSON.stringify(result).slice(0, 300)}`);
  return result.result as BidiNode;
}

/** Text of every overlay host (`[data-docket-margin]`) on the page, read through its shadow root. */
export async function overlayTexts(browser: Browser, page: Page): Promise<string[]> {
  const found: string[] = [];
  const walk = (node: BidiNode | null | undefined): void => {
    const v = node?.value;
    if (!v) return;
    if (v.nodeType === 1 && v.attributes && 'data-docket-margin' in v.attributes) {
      found.push(textOf(node).replace(/\s+/g, ' ').trim());
      return;
    }
    walk(v.shadowRoot);
    for (const c of v.children ?? []) walk(c);
  };
  walk(await serializedDocument(browser, page));
  return found;
}

/** A PNG of the tab in test-output/firefox/ (gitignored), kept for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(FIREFOX_ARTIFACTS_DIR, { recursive: true });
  const path = join(FIREFOX_ARTIFACTS_DIR, `${name}.png`);
  await page.bringToFront();
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}
