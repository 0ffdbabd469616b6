/**
 * The options page: data export/import, and the slot where sync's settings mount.
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
}

export function OptionsApp({ syncSection, ...data }: OptionsAppProps) {
  return (
    <main>
      <h1>Docket Margin</h1>
      <p class="lede">Your notes, deadlines and FOIA production counts beside PACER and CourtListener dockets. Nothing leaves your browser unless you turn on sync.</p>
      <DataSection {...data} />
      {syncSection}
    </main>
  );
}
