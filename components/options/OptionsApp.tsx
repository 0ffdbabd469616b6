/**
 * The options page: data export/import (and the calendar export), and the slots where the
 * reminders' and sync's settings mount.
 * Presentational: everything it does comes in through props.
 */
import type { ComponentChildren } from 'preact';
import { DataSection, type DataSectionProps } from './DataSection';

export interface OptionsAppProps extends DataSectionProps {
  /**
   * SYNC SLOT: the lead mounts `<SyncSection …/>` (components/options/SyncSection.tsx, written by
   * the sync work) here from entrypoints/options/main.tsx. Nothing is rendered while it is absent.
   */
  syncSection?: ComponentChildren;
  /** The reminders' settings (entrypoints/options/reminders-panel.tsx). */
  remindersSection?: ComponentChildren;
}

export function OptionsApp({ syncSection, remindersSection, ...data }: OptionsAppProps) {
  return (
    <main>
      <h1>Docket Margin</h1>
      <p class="lede">Your notes, deadlines and FOIA production counts beside PACER and CourtListener dockets. Nothing leaves your browser unless you turn on sync.</p>
      <DataSection {...data} />
      {remindersSection}
      {syncSection}
    </main>
  );
}
