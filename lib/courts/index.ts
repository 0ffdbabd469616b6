/** Federal courts: the PACER court table, host → court, and PACER ↔ CourtListener ids. */
import type { CourtType } from '../docket-number/identity';
import { COURTS, type CourtInfo } from './table';

export type { CourtInfo } from './table';
export { courtFromHost } from './host';
export { pacerIdFromName } from './names';

export function courtInfo(pacerId: string): CourtInfo | null {
  return COURTS.get(pacerId.toLowerCase()) ?? null;
}

export function courtType(pacerId: string | null | undefined): CourtType | null {
  return pacerId ? (courtInfo(pacerId)?.type ?? null) : null;
}

export function courtListenerId(pacerId: string): string | null {
  return courtInfo(pacerId)?.courtListenerId ?? null;
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
