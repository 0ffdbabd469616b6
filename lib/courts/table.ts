/**
 * Every PACER court as the content script needs it: id, type and CourtListener id, and what its
 * name is made of (state and district, or circuit). Display names and time zones, which only the
 * background, popup and options need, are in details.ts, built from this table.
 *
 * District and bankruptcy courts mirror each other state by state, so they are written once per
 * state and expanded below. Checked against PACER's CM/ECF court lookup (94 + 94 courts).
 */
import type { CourtType } from '../docket-number/identity';

export interface Court {
  id: string;
  type: CourtType;
  courtListenerId: string;
  /** District and bankruptcy courts: the state's id prefix (`ca`) and district letter (`n`, '' for a single district). */
  state?: string;
  district?: string;
  /** Courts of appeals and bankruptcy appellate panels: the circuit's number. */
  circuit?: number;
}

/**
 * [id prefix, place as CourtListener names it, districts].
 * Districts: '' for a single district ("D. Alaska"), else direction letters:
 * n(orthern) s(outhern) e(astern) w(estern) m(iddle) c(entral).
 */
const STATES: ReadonlyArray<readonly [string, string, string]> = [
  ['ak', 'Alaska', ''],
  ['al', 'Alabama', 'nms'],
  ['ar', 'Arkansas', 'ew'],
  ['az', 'Arizona', ''],
  ['ca', 'California', 'cens'],
  ['co', 'Colorado', ''],
  ['ct', 'Connecticut', ''],
  ['dc', 'District of Columbia', ''],
  ['de', 'Delaware', ''],
  ['fl', 'Florida', 'mns'],
  ['ga', 'Georgia', 'mns'],
  ['gu', 'Guam', ''],
  ['hi', 'Hawaii', ''],
  ['ia', 'Iowa', 'ns'],
  ['id', 'Idaho', ''],
  ['il', 'Illinois', 'cns'],
  ['in', 'Indiana', 'ns'],
  ['ks', 'Kansas', ''],
  ['ky', 'Kentucky', 'ew'],
  ['la', 'Louisiana', 'emw'],
  ['ma', 'Massachusetts', ''],
  ['md', 'Maryland', ''],
  ['me', 'Maine', ''],
  ['mi', 'Michigan', 'ew'],
  ['mn', 'Minnesota', ''],
  ['mo', 'Missouri', 'ew'],
  ['ms', 'Mississippi', 'ns'],
  ['mt', 'Montana', ''],
  ['nc', 'North Carolina', 'emw'],
  ['nd', 'North Dakota', ''],
  ['ne', 'Nebraska', ''],
  ['nh', 'New Hampshire', ''],
  ['nj', 'New Jersey', ''],
  ['nm', 'New Mexico', ''],
  ['nmi', 'Northern Mariana Islands', ''],
  ['nv', 'Nevada', ''],
  ['ny', 'New York', 'ensw'],
  ['oh', 'Ohio', 'ns'],
  ['ok', 'Oklahoma', 'enw'],
  ['or', 'Oregon', ''],
  ['pa', 'Pennsylvania', 'emw'],
  ['pr', 'Puerto Rico', ''],
  ['ri', 'Rhode Island', ''],
  ['sc', 'South Carolina', ''],
  ['sd', 'South Dakota', ''],
  ['tn', 'Tennessee', 'emw'],
  ['tx', 'Texas', 'ensw'],
  ['ut', 'Utah', ''],
  ['va', 'Virginia', 'ew'],
  ['vi', 'Virgin Islands', ''],
  ['vt', 'Vermont', ''],
  ['wa', 'Washington', 'ew'],
  ['wi', 'Wisconsin', 'ew'],
  ['wv', 'West Virginia', 'ns'],
  ['wy', 'Wyoming', ''],
];

const CIRCUIT_ORDINALS = [
  'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh',
];
/** Bankruptcy appellate panels that exist today. */
const BAP_CIRCUITS = [1, 6, 8, 9, 10];

/** PACER ids whose CourtListener id differs (the rest are the same). */
export const COURTLISTENER_ALIASES: Readonly<Record<string, string>> = {
  azb: 'arb',
  cofc: 'uscfc',
  neb: 'nebraskab',
  'nysb-mega': 'nysb',
};

function build(): Map<string, Court> {
  const courts = new Map<string, Court>();
  const add = (id: string, type: CourtType, parts?: Pick<Court, 'state' | 'district' | 'circuit'>): void => {
    courts.set(id, { id, type, courtListenerId: COURTLISTENER_ALIASES[id] ?? id, ...parts });
  };
  for (const [state, , directions] of STATES) {
    for (const district of directions ? [...directions] : ['']) {
      add(`${state}${district}d`, 'district', { state, district });
      add(`${state}${district}b`, 'bankruptcy', { state, district });
    }
  }
  // S.D.N.Y.'s separate CM/ECF instance for its largest cases; CourtListener files it under nysb.
  add('nysb-mega', 'bankruptcy', { state: 'ny', district: 's' });
  for (let circuit = 1; circuit <= CIRCUIT_ORDINALS.length; circuit++) add(`ca${circuit}`, 'appellate', { circuit });
  add('cadc', 'appellate');
  add('cafc', 'appellate');
  for (const circuit of BAP_CIRCUITS) add(`bap${circuit}`, 'appellate', { circuit });
  // Veterans Claims runs the appellate CM/ECF and numbers cases YY-NNNN like a court of appeals.
  add('cavc', 'appellate');
  add('jpml', 'special');
  add('cit', 'special');
  add('cofc', 'special');
  return courts;
}

export const COURTS: ReadonlyMap<string, Court> = build();

/** State id prefixes and their names, for writing court names (details.ts) and reading them back (names.ts). */
export const STATE_PLACES: ReadonlyMap<string, string> = new Map(STATES.map(([prefix, place]) => [prefix, place]));
export const CIRCUIT_NAMES: readonly string[] = CIRCUIT_ORDINALS;
