/**
 * The court from a page's hostname, through one anchored rule, so that look-alike hosts
 * (`ecf.canb.uscourts.gov.evil.example`, `evil-uscourts.gov`) never name a court.
 *
 * Real hosts: `ecf.cand.uscourts.gov`, `ecf.nysb.uscourts.gov`, `ecf.ca9.uscourts.gov` (appellate
 * CM/ECF), `pacer.<id>.uscourts.gov` (older public sites), `ecf-train.<id>.uscourts.gov` (training
 * instances), and one nested host, N.D. Ohio's asbestos instance `ecf.ohndad.ohnd.uscourts.gov`.
 */
import { COURTS } from './table';

const HOST_RULE = /^(?:ecf|ecf-train|pacer)\.(?:[a-z0-9]{1,16}\.)?([a-z0-9]{2,8}(?:-mega)?)\.uscourts\.gov$/;

export function courtFromHost(hostname: string): string | null {
  // Hostnames are case-insensitive and may carry the root's trailing dot.
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const id = HOST_RULE.exec(host)?.[1];
  return id !== undefined && COURTS.has(id) ? id : null;
}
