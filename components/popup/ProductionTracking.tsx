/**
 * The case's FOIA production at a glance, above its releases, expected volumes and paces:
 * progress, pace and chart; paste from a status report; the CSV of this case's productions.
 */
import type { CaseBundle } from '../../lib/model/schema';
import { csvFilename, productionsCsv } from '../../lib/productions/csv';
import { PasteReport } from './PasteReport';
import { ProductionProgress } from './ProductionProgress';
import type { Announce, Download, Send } from './api';

export interface ProductionTrackingProps {
  bundle: CaseBundle;
  send: Send;
  announce: Announce;
  today: string;
  download?: Download;
}

export function ProductionTracking({ bundle, send, announce, today, download }: ProductionTrackingProps) {
  const has = bundle.productions.length + bundle.expected.length + bundle.paces.length + bundle.requests.length > 0;
  return (
    <section class="section" aria-labelledby="tracking-title">
      <div class="section-head">
        <h3 id="tracking-title">FOIA production</h3>
        {download && has ? (
          <button
            type="button"
            class="small-btn"
            onClick={() => {
              download(csvFilename(today, bundle.case), productionsCsv([bundle]), 'text/csv');
              announce('Productions CSV saved.');
            }}
          >
            Export CSV
          </button>
        ) : null}
      </div>
      <ProductionProgress productions={bundle.productions} expected={bundle.expected} paces={bundle.paces} today={today} />
      <PasteReport caseId={bundle.case.id} send={send} announce={announce} today={today} />
    </section>
  );
}
