/**
 * The content script on CourtListener pages: the overlay with the CourtListener reader only.
 * Listed in the manifest by wxt.config.ts (CONTENT_SCRIPTS), like overlay-pacer.ts.
 */
import { startOverlay } from '../lib/content/overlay';
import { readCourtListener } from '../lib/pages/courtlistener/read';

export default defineUnlistedScript(() => {
  void startOverlay(readCourtListener);
});
