import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';

/** WXT's own `wxt/browser`: the native `browser` (Firefox) or `chrome` (Chrome MV3), no polyfill. */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

type AliasEntry = { find: string | RegExp; replacement: string };
const aliasList = (alias: readonly AliasEntry[] | Record<string, string> | undefined): AliasEntry[] =>
  !alias ? [] : Array.isArray(alias) ? [...alias] : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));

// Hosts the content scripts read, one script per site (each ships only its own page reader).
export const PACER_MATCHES = ['*://*.uscourts.gov/*'];
export const COURTLISTENER_MATCHES = ['*://www.courtlistener.com/*'];
export const DOCKET_HOST_MATCHES = [...PACER_MATCHES, ...COURTLISTENER_MATCHES];

// The content scripts are unlisted-script entrypoints listed here rather than WXT content-script
// entrypoints: WXT's wrapper for those posts a message to the page on every start and ships a
// context we do not use (lib/content/lifetime.ts says why). document_end: the docket is parsed.
const CONTENT_SCRIPTS = [
  { matches: PACER_MATCHES, js: ['overlay-pacer.js'], run_at: 'document_end' },
  { matches: COURTLISTENER_MATCHES, js: ['overlay-courtlistener.js'], run_at: 'document_end' },
];

/**
 * The extension pages' (background, popup, options) content security policy: scripts only from
 * the package (no eval, no inline or remote script), no plugins, no base or form targets, no
 * framing, and no network connection at all (connect-src 'none': fetch, XHR, WebSocket,
 * EventSource and beacons are refused, the browser's guarantee behind "nothing leaves your
 * browser"). Content scripts run under the page's own policy, not this one. In `wxt` dev mode the
 * dev server's websocket needs a connection, so there connect-src is left out (dev builds are
 * never shipped or tested).
 */
export function extensionPagesCsp(command: 'build' | 'serve'): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    ...(command === 'build' ? ["connect-src 'none'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // `npm run zip`: the Chrome and Firefox packages, and the sources package addons.mozilla.org asks
  // for (what `npm ci && npm run build:firefox` needs to rebuild the Firefox package, README
  // "Install and build"). WXT already leaves out node_modules, dotfiles (.wxt, .ci), .output and
  // *.test.* files; tests, benchmarks, scripts and local artifacts are not needed to build.
  zip: {
    excludeSources: [
      'test/**',
      'bench/**',
      'scripts/**',
      'vitest*.config.ts',
      'test-results/**',
      'test-output/**',
      'demo-screenshots/**',
      'bench-results/**',
      '**/corpus/**',
      '**/*.log',
      '**/*.zip',
    ],
  },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The polyfill module points `wxt/browser` at webextension-polyfill in every bundle. The content
    // scripts (overlay-*) only call storage.local get/set, storage.onChanged and runtime.sendMessage, which Chrome
    // MV3 and Firefox both provide natively with promises (the background answers through
    // sendResponse, never a rejected promise), so it skips the polyfill: 2.7 KB gzip of its size budget.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.name.startsWith('overlay-'))) return;
      config.resolve ??= {};
      config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...aliasList(config.resolve.alias)];
    },
  },
  manifest: ({ browser, command }) => ({
    name: 'Docket Margin',
    description:
      'Your notes, deadlines and FOIA production counts beside PACER and CourtListener dockets. Nothing leaves your browser.',
    // storage: IndexedDB lives in the extension origin; storage.local/sync hold settings and the sync replica.
    // alarms: the badge's midnight recount and the reminder time must wake a sleeping service worker.
    permissions: ['storage', 'alarms'],
    // notifications: asked for only when the user turns reminders on (options page).
    optional_permissions: ['notifications'],
    content_scripts: CONTENT_SCRIPTS,
    // MV3 form; WXT writes it as MV2's single string for Firefox.
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'docket-margin@docketmargin.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions came to Firefox for Android in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
