/**
 * The court from a page's hostname, through one anchored rule, so that look-alike hosts
 * (`ecf.canb.uscourts.gov.evil.example`, `evil-uscourts.gov`) never name a court.
 *
 * Real hosts: `ecf.cand.uscourts.gov`, `ecf.nysb.uscourts.gov`, `ecf.ca9.uscourts.gov` (appellate
 * CM/ECF), `pacer.<id>.uscourts.gov` (older public sites), `ecf-train.<id>.uscourts.gov` (training
 * instances), the courts' audio-file hosts `ecf.<id>.audio.uscourts.gov` (`ecf.canb.audio…`, where
 * the id is the label before `audio`, as RECAP reads them), one nested host, N.D. Ohio's asbestos
 * instance `ecf.ohndad.ohnd.uscourts.gov`, and
 * the appellate ACMS hosts the Second and Ninth Circuits moved to (`ca9-showdoc.azurewebsites.us/23-2081`,
 * as juriscraper and RECAP use them); those count only for a court of appeals.
 */
import { COURTS } from './table';

const HOST_RULE =
  /^(?:(?:ecf|ecf-train|pacer)\.(?:[a-z0-9]{1,16}\.)?(?!audio\.)([a-z0-9]{2,8}(?:-mega)?)(?:\.audio)?\.uscourts\.gov|([a-z0-9]{2,6})-showdoc\.azurewebsites\.us)$/;

export function courtFromHost(hostname: string): string | null {
  // Hostnames are case-insensitive and may carry the root's trailing dot.
  const m = HOST_RULE.exec(hostname.toLowerCase().replace(/\.$/, ''));
  if (!m) return null;
  if (m[1] !== undefined) return COURTS.has(m[1]) ? m[1] : null;
  const acms = m[2] ?? '';
  return COURTS.get(acms)?.type === 'appellate' ? acms : null;
}

/**
 * Whether a page on `hostCourt`'s host may be about a case of `court`: its own court, or, on a
 * court of appeals' host, its circuit's bankruptcy appellate panel (BAP9 dockets on ecf.ca9).
 */
export function hostServesCourt(hostCourt: string | null, court: string | null): boolean {
  if (hostCourt === null || court === null) return false;
  if (court === hostCourt) return true;
  const panel = COURTS.get(court);
  const host = COURTS.get(hostCourt);
  return panel !== undefined && host !== undefined && panel.id.startsWith('bap') && /^ca\d/.test(host.id) && panel.circuit === host.circuit;
}
