/** Federal courts: the PACER court table, host → court, PACER ↔ CourtListener ids, names and zones. */
import type { CourtType } from '../docket-number/identity';
import { COURTS } from './table';

export type { CourtInfo } from './details';
export { courtInfo } from './details';
export { courtFromHost, hostServesCourt } from './host';
export { pacerIdFromCitation, pacerIdFromFullName, pacerIdFromName } from './names';

export function courtType(pacerId: string | null | undefined): CourtType | null {
  return pacerId ? (COURTS.get(pacerId.toLowerCase())?.type ?? null) : null;
}

export function courtListenerId(pacerId: string): string | null {
  return COURTS.get(pacerId.toLowerCase())?.courtListenerId ?? null;
}

/** CourtListener id → PACER id. `nysb` is the main S.D.N.Y. instance, not `nysb-mega`. */
const FROM_COURTLISTENER: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const court of COURTS.values()) if (!map.has(court.courtListenerId)) map.set(court.courtListenerId, court.id);
  return map;
})();

export function pacerIdFromCourtListener(clId: string): string | null {
  return FROM_COURTLISTENER.get(clId.toLowerCase()) ?? null;
}

