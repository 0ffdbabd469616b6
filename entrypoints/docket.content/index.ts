import { startOverlay } from '../../lib/content/overlay';

export default defineContentScript({
  matches: ['*://*.uscourts.gov/*', '*://www.courtlistener.com/*'],
  runAt: 'document_end',
  main(ctx) {
    void startOverlay(ctx);
  },
});
