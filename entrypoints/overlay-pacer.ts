/**
 * The content script on PACER (CM/ECF) pages: the overlay with the PACER reader only. Listed in
 * the manifest by wxt.config.ts (CONTENT_SCRIPTS), not by WXT's content-script entrypoint, whose
 * wrapper posts a message to the page on every start (see lib/content/lifetime.ts).
 */
import { startOverlay } from '../lib/content/overlay';
import { readPacer } from '../lib/pages/pacer/read';

export default defineUnlistedScript(() => {
  void startOverlay(readPacer);
});
