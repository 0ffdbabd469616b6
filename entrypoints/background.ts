import { startBackground } from '../lib/background';
import { startSyncService } from '../lib/background/sync-service';

export default defineBackground(() => {
  const background = startBackground();
  // Sync is off until the user turns it on; the service follows the setting.
  const { handlers } = startSyncService({ repo: background.repository });
  background.registerHandler('sync/status', handlers['sync/status']);
  background.registerHandler('sync/enable', handlers['sync/enable']);
  background.registerHandler('sync/now', handlers['sync/now']);
});
