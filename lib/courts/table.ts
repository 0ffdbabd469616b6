/**
 * Every PACER court: id, display name (CourtListener's wording, which pacerIdFromName reads back),
 * type, CourtListener id and the IANA time zone of the court's main seat. Districts that span two
 * zones (W.D. Texas at El Paso, the Florida panhandle, W.D. Kentucky, Idaho's north, the Dakotas'
 * west, E.D. Tennessee's Chattanooga neighbours…) get their seat's zone: approximate on purpose,
 * since deadlines are computed in the court's zone and the seat is where the clerk's clock runs.
 *
 * District and bankruptcy courts mirror each other state by state, so they are written once per
 * state and expanded below. Checked against PACER's CM/ECF court lookup (94 + 94 courts).
 */
import type { CourtType } from '../docket-number/identity';

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

/**
 * [id prefix, place as CourtListener names it, time zone, districts].
 * Districts: '' for a single district ("D. Alaska"), else direction letters:
 * n(orthern) s(outhern) e(astern) w(estern) m(iddle) c(entral).
 */
const STATES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['ak', 'Alaska', 'America/Anchorage', ''],
  ['al', 'Alabama', CHI, 'nms'],
  ['ar', 'Arkansas', CHI, 'ew'],
  ['az', 'Arizona', 'America/Phoenix', ''],
  ['ca', 'California', LA, 'cens'],
  ['co', 'Colorado', DEN, ''],
  ['ct', 'Connecticut', NY, ''],
  ['dc', 'District of Columbia', NY, ''],
  ['de', 'Delaware', NY, ''],
  ['fl', 'Florida', NY, 'mns'],
  ['ga', 'Georgia', NY, 'mns'],
  ['gu', 'Guam', 'Pacific/Guam', ''],
  ['hi', 'Hawaii', 'Pacific/Honolulu', ''],
  ['ia', 'Iowa', CHI, 'ns'],
  ['id', 'Idaho', 'America/Boise', ''],
  ['il', 'Illinois', CHI, 'cns'],
  ['in', 'Indiana', 'America/Indiana/Indianapolis', 'ns'],
  ['ks', 'Kansas', CHI, ''],
  ['ky', 'Kentucky', NY, 'ew'],
  ['la', 'Louisiana', CHI, 'emw'],
  ['ma', 'Massachusetts', NY, ''],
  ['md', 'Maryland', NY, ''],
  ['me', 'Maine', NY, ''],
  ['mi', 'Michigan', 'America/Detroit', 'ew'],
  ['mn', 'Minnesota', CHI, ''],
  ['mo', 'Missouri', CHI, 'ew'],
  ['ms', 'Mississippi', CHI, 'ns'],
  ['mt', 'Montana', DEN, ''],
  ['nc', 'North Carolina', NY, 'emw'],
  ['nd', 'North Dakota', CHI, ''],
  ['ne', 'Nebraska', CHI, ''],
  ['nh', 'New Hampshire', NY, ''],
  ['nj', 'New Jersey', NY, ''],
  ['nm', 'New Mexico', DEN, ''],
  ['nmi', 'Northern Mariana Islands', 'Pacific/Saipan', ''],
  ['nv', 'Nevada', LA, ''],
  ['ny', 'New York', NY, 'ensw'],
  ['oh', 'Ohio', NY, 'ns'],
  ['ok', 'Oklahoma', CHI, 'enw'],
  ['or', 'Oregon', LA, ''],
  ['pa', 'Pennsylvania', NY, 'emw'],
  ['pr', 'Puerto Rico', 'America/Puerto_Rico', ''],
  ['ri', 'Rhode Island', NY, ''],
  ['sc', 'South Carolina', NY, ''],
  ['sd', 'South Dakota', CHI, ''],
  ['tn', 'Tennessee', NY, 'emw'],
  ['tx', 'Texas', CHI, 'ensw'],
  ['ut', 'Utah', DEN, ''],
  ['va', 'Virginia', NY, 'ew'],
  ['vi', 'Virgin Islands', 'America/St_Thomas', ''],
  ['vt', 'Vermont', NY, ''],
  ['wa', 'Washington', LA, 'ew'],
  ['wi', 'Wisconsin', CHI, 'ew'],
  ['wv', 'West Virginia', NY, 'ns'],
  ['wy', 'Wyoming', DEN, ''],
];

/** Seats in another zone than the rest of their state (Nashville and Memphis, not Knoxville). */
const ZONE_BY_COURT: Readonly<Record<string, string>> = { tnmd: CHI, tnmb: CHI, tnwd: CHI, tnwb: CHI };

/** Places CourtListener writes without "D." (territories and D.C.). */
const PLAIN_PLACES: ReadonlySet<string> = new Set(['District of Columbia', 'Virgin Islands', 'Northern Mariana Islands']);

export const DIRECTION_NAMES: Readonly<Record<string, string>> = {
  n: 'Northern', s: 'Southern', e: 'Eastern', w: 'Western', m: 'Middle', c: 'Central',
};

const CIRCUIT_ORDINALS = [
  'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh',
];
/** Circuit seats: Boston, New York, Philadelphia, Richmond, New Orleans, Cincinnati, Chicago, St. Louis, San Francisco, Denver, Atlanta. */
const CIRCUIT_ZONES = [NY, NY, NY, NY, CHI, NY, CHI, CHI, LA, DEN, NY];
/** Bankruptcy appellate panels that exist today. */
const BAP_CIRCUITS = [1, 6, 8, 9, 10];

/** PACER ids whose CourtListener id differs (the rest are the same). */
export const COURTLISTENER_ALIASES: Readonly<Record<string, string>> = {
  azb: 'arb',
  cofc: 'uscfc',
  neb: 'nebraskab',
  'nysb-mega': 'nysb',
};

function build(): Map<string, CourtInfo> {
  const courts = new Map<string, CourtInfo>();
  const add = (id: string, name: string, type: CourtType, timeZone: string): void => {
    courts.set(id, { id, name, type, courtListenerId: COURTLISTENER_ALIASES[id] ?? id, timeZone });
  };
  for (const [prefix, place, zone, directions] of STATES) {
    const districts = directions === '' ? [''] : [...directions];
    for (const dir of districts) {
      const where = dir
        ? `${DIRECTION_NAMES[dir]?.charAt(0)}.D. ${place}`
        : PLAIN_PLACES.has(place)
          ? place
          : `D. ${place}`;
      const d = `${prefix}${dir}d`;
      const b = `${prefix}${dir}b`;
      add(d, `District Court, ${where}`, 'district', ZONE_BY_COURT[d] ?? zone);
      add(b, `United States Bankruptcy Court, ${where}`, 'bankruptcy', ZONE_BY_COURT[b] ?? zone);
    }
  }
  // S.D.N.Y.'s separate CM/ECF instance for its largest cases; CourtListener files it under nysb.
  add('nysb-mega', 'United States Bankruptcy Court, S.D. New York (mega cases)', 'bankruptcy', NY);
  CIRCUIT_ORDINALS.forEach((ordinal, i) => {
    add(`ca${i + 1}`, `Court of Appeals for the ${ordinal} Circuit`, 'appellate', CIRCUIT_ZONES[i] ?? NY);
  });
  add('cadc', 'Court of Appeals for the D.C. Circuit', 'appellate', NY);
  add('cafc', 'Court of Appeals for the Federal Circuit', 'appellate', NY);
  for (const n of BAP_CIRCUITS) {
    add(`bap${n}`, `United States Bankruptcy Appellate Panel for the ${CIRCUIT_ORDINALS[n - 1]} Circuit`, 'appellate', CIRCUIT_ZONES[n - 1] ?? NY);
  }
  // Veterans Claims runs the appellate CM/ECF and numbers cases YY-NNNN like a court of appeals.
  add('cavc', 'United States Court of Appeals for Veterans Claims', 'appellate', NY);
  add('jpml', 'United States Judicial Panel on Multidistrict Litigation', 'special', NY);
  add('cit', 'United States Court of International Trade', 'special', NY);
  add('cofc', 'United States Court of Federal Claims', 'special', NY);
  return courts;
}

export const COURTS: ReadonlyMap<string, CourtInfo> = build();

/** State id prefixes and their names, for reading court names back (names.ts). */
export const STATE_PLACES: ReadonlyArray<readonly [string, string]> = STATES.map(([prefix, place]) => [prefix, place]);
export const CIRCUIT_NAMES: readonly string[] = CIRCUIT_ORDINALS;
