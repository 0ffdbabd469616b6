// Functions passed to serviceWorker.evaluate() run inside the extension's service worker, where
// `chrome` exists. Typed loosely here: the e2e tests only need it to read storage and tabs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
