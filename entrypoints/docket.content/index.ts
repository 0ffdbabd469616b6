export default defineContentScript({
  matches: ['*://*.uscourts.gov/*', '*://www.courtlistener.com/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-docket-margin-loaded', '1');
  },
});
