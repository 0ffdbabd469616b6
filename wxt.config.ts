import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts the content script reads. Kept here so the manifest and the e2e host map agree.
export const DOCKET_HOST_MATCHES = ['*://*.uscourts.gov/*', '*://www.courtlistener.com/*'];

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Docket Margin',
    description:
      'Your notes, deadlines and FOIA production counts beside PACER and CourtListener dockets. Nothing leaves your browser.',
    // storage: IndexedDB lives in the extension origin; storage.local/sync hold settings and the sync replica.
    permissions: ['storage'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'docket-margin@docketmargin.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
