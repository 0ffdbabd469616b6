import { startBackground } from '../lib/background';
import { startDeadlineAlerts } from '../lib/background/deadline-alerts';
import { startSyncService } from '../lib/background/sync-service';
import { profileSyncState } from '../lib/background/sync-state';

export default defineBackground(() => {
  const background = startBackground();
  // The toolbar badge, and reminders once the user turns them on.
  startDeadlineAlerts({ repository: background.repository, settings: background.settings });
  // Sync is off until the user turns it on; the service follows the setting.
  // Its key and state live in the profile store, read once the storage.local migration is done.
  const { handlers } = startSyncService({
    repo: background.repository,
    state: background.profile.then(profileSyncState),
    settings: background.settings,
    watchSettings: (listener) => background.settings.onChange(listener),
  });
  background.registerHandler('sync/status', handlers['sync/status']);
  background.registerHandler('sync/enable', handlers['sync/enable']);
  background.registerHandler('sync/now', handlers['sync/now']);
});
