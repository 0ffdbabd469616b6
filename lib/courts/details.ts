/**
 * Each court's display name (CourtListener's wording, which pacerIdFromName reads back) and the
 * IANA time zone of its main seat, for the background, popup and options: the content script needs
 * neither, so they live apart from the table (table.ts) it ships. Built from that table on first use.
 *
 * Districts that span two zones (W.D. Texas at El Paso, the Florida panhandle, W.D. Kentucky, Idaho's
 * north, the Dakotas' west, E.D. Tennessee's Chattanooga neighbours…) get their seat's zone:
 * approximate on purpose, since deadlines are computed in the court's zone and the seat is where
 * the clerk's clock runs.
 */
import type { CourtType } from '../docket-number/identity';
import { CIRCUIT_NAMES, COURTS, STATE_PLACES, type Court } from './table';

export interface CourtInfo {
  id: string;
  name: string;
  type: CourtType;
  courtListenerId: string;
  timeZone: string;
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';

/** Each state's zone, by its id prefix in the table. */
const STATE_ZONES: Readonly<Record<string, string>> = {
  ak: 'America/Anchorage', al: CHI, ar: CHI, az: 'America/Phoenix', ca: LA, co: DEN, ct: NY, dc: NY, de: NY,
  fl: NY, ga: NY, gu: 'Pacific/Guam', hi: 'Pacific/Honolulu', ia: CHI, id: 'America/Boise', il: CHI,
  in: 'America/Indiana/Indianapolis', ks: CHI, ky: NY, la: CHI, ma: NY, md: NY, me: NY, mi: 'America/Detroit',
  mn: CHI, mo: CHI, ms: CHI, mt: DEN, nc: NY, nd: CHI, ne: CHI, nh: NY, nj: NY, nm: DEN, nmi: 'Pacific/Saipan',
  nv: LA, ny: NY, oh: NY, ok: CHI, or: LA, pa: NY, pr: 'America/Puerto_Rico', ri: NY, sc: NY, sd: CHI, tn: NY,
  tx: CHI, ut: DEN, va: NY, vi: 'America/St_Thomas', vt: NY, wa: LA, wi: CHI, wv: NY, wy: DEN,
};

/** Seats in another zone than the rest of their state (Nashville and Memphis, not Knoxville). */
const ZONE_BY_COURT: Readonly<Record<string, string>> = { tnmd: CHI, tnmb: CHI, tnwd: CHI, tnwb: CHI };

/** Circuit seats: Boston, New York, Philadelphia, Richmond, New Orleans, Cincinnati, Chicago, St. Louis, San Francisco, Denver, Atlanta. */
const CIRCUIT_ZONES = [NY, NY, NY, NY, CHI, NY, CHI, CHI, LA, DEN, NY];

/** Places CourtListener writes without "D." (territories and D.C.). */
const PLAIN_PLACES: ReadonlySet<string> = new Set(['District of Columbia', 'Virgin Islands', 'Northern Mariana Islands']);

/** Courts whose name is not made of a state or a circuit. */
const NAMED: Readonly<Record<string, string>> = {
  'nysb-mega': 'United States Bankruptcy Court, S.D. New York (mega cases)',
  cadc: 'Court of Appeals for the D.C. Circuit',
  cafc: 'Court of Appeals for the Federal Circuit',
  cavc: 'United States Court of Appeals for Veterans Claims',
  jpml: 'United States Judicial Panel on Multidistrict Litigation',
  cit: 'United States Court of International Trade',
  cofc: 'United States Court of Federal Claims',
};

function nameOf(c: Court): string {
  const named = NAMED[c.id];
  if (named) return named;
  if (c.circuit) {
    const ordinal = CIRCUIT_NAMES[c.circuit - 1] ?? String(c.circuit);
    return c.id.startsWith('bap')
      ? `United States Bankruptcy Appellate Panel for the ${ordinal} Circuit`
      : `Court of Appeals for the ${ordinal} Circuit`;
  }
  const place = STATE_PLACES.get(c.state ?? '') ?? '';
  const where = c.district
    ? `${c.district.toUpperCase()}.D. ${place}`
    : PLAIN_PLACES.has(place)
      ? place
      : `D. ${place}`;
  return `${c.type === 'bankruptcy' ? 'United States Bankruptcy Court' : 'District Court'}, ${where}`;
}

function zoneOf(c: Court): string {
  if (c.circuit) return CIRCUIT_ZONES[c.circuit - 1] ?? NY;
  return ZONE_BY_COURT[c.id] ?? STATE_ZONES[c.state ?? ''] ?? NY;
}

let details: ReadonlyMap<string, CourtInfo> | undefined;

/** Every court with its name and zone, in the table's order. */
export function allCourtInfo(): ReadonlyMap<string, CourtInfo> {
  details ??= new Map(
    [...COURTS.values()].map((c) => [
      c.id,
      { id: c.id, name: nameOf(c), type: c.type, courtListenerId: c.courtListenerId, timeZone: zoneOf(c) },
    ]),
  );
  return details;
}

export function courtInfo(pacerId: string): CourtInfo | null {
  return allCourtInfo().get(pacerId.toLowerCase()) ?? null;
}
