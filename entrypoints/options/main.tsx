import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { send } from '../../lib/messages/client';
import type { ImportResult } from '../../lib/messages/schema';
import { downloadText } from '../../components/shared/download';
import { RemindersPanel } from './reminders-panel';
import { SyncPanel } from './sync-panel';

render(
  <OptionsApp
    exportData={() => send<{ filename: string; text: string }>({ type: 'data/export' })}
    importText={(text) => send<ImportResult>({ type: 'data/import', text })}
    download={downloadText}
    exportCalendar={() => send<{ filename: string; text: string }>({ type: 'calendar/export' })}
    exportProductions={() => send<{ filename: string; text: string }>({ type: 'productions/csv' })}
    remindersSection={<RemindersPanel />}
    syncSection={<SyncPanel />}
  />,
  document.getElementById('app')!,
);
