/**
 * A court's PACER id from its name as CourtListener and court captions print it:
 * "District Court, N.D. California", "United States Bankruptcy Court, D. Delaware",
 * "U.S. Court of Appeals for the Ninth Circuit", "Court of Appeals for the D.C. Circuit",
 * "United States District Court for the Northern District of California", "N.D. Cal.".
 * Read structurally (kind + direction + place) rather than by exact string, so wording variants work.
 */
import { CIRCUIT_NAMES, COURTS, STATE_PLACES } from './table';

/** Bluebook place abbreviations that cannot be mistaken for a direction ("N.D." is never North Dakota here). */
const PLACE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ala: 'al', ariz: 'az', ark: 'ar', cal: 'ca', calif: 'ca', colo: 'co', conn: 'ct', del: 'de', fla: 'fl', ga: 'ga',
  haw: 'hi', ill: 'il', ind: 'in', kan: 'ks', kans: 'ks', ky: 'ky', la: 'la', md: 'md', mass: 'ma', mich: 'mi',
  minn: 'mn', miss: 'ms', mo: 'mo', mont: 'mt', neb: 'ne', nev: 'nv', 'n h': 'nh', 'n j': 'nj', 'n m': 'nm',
  'n y': 'ny', 'n c': 'nc', okla: 'ok', or: 'or', pa: 'pa', 'p r': 'pr', 'r i': 'ri', 's c': 'sc', tenn: 'tn',
  tex: 'tx', vt: 'vt', va: 'va', 'v i': 'vi', wash: 'wa', 'w va': 'wv', wis: 'wi', wyo: 'wy', 'd c': 'dc',
};

/** "Northern District", "N.D.", or a bare "Northern" ("U.S. District Court for Arkansas Eastern"), read once the place is removed. */
const DIRECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:northern|n d)\b/, 'n'],
  [/\b(?:southern|s d)\b/, 's'],
  [/\b(?:eastern|e d)\b/, 'e'],
  [/\b(?:western|w d)\b/, 'w'],
  [/\b(?:middle|m d)\b/, 'm'],
  [/\b(?:central|c d)\b/, 'c'],
];

const ORDINAL_DIGITS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'];

/** Lower case, punctuation to spaces, single spaces: "N.D. Cal." → "n d cal". */
const normalise = (name: string): string =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Longest place names first, so "west virginia" wins over "virginia" and "arkansas" over "kansas". */
const PLACES = [...STATE_PLACES]
  .map(([prefix, place]) => [prefix, normalise(place)] as const)
  .sort((a, b) => b[1].length - a[1].length)
  .map(([prefix, place]) => [prefix, new RegExp(`\\b${place}\\b`)] as const);

/** Circuit number by its ordinal in words or digits ("eleventh" or "11th" → 11). */
const CIRCUITS = CIRCUIT_NAMES.map((word, i) => [i + 1, new RegExp(`\\b(?:${word.toLowerCase()}|${ORDINAL_DIGITS[i]})\\b`)] as const);

/** Longer input is not a court name (and is not scanned). */
const MAX_NAME = 200;

function circuitNumber(n: string): number | null {
  for (const [number, re] of CIRCUITS) if (re.test(n)) return number;
  return null;
}

/** The place's id prefix, and the name without the place (so "Northern Mariana Islands" is not a direction). */
function placePrefix(n: string, abbreviations: Readonly<Record<string, string>> | null): [string, string] | null {
  for (const [prefix, re] of PLACES) if (re.test(n)) return [prefix, n.replace(re, ' ')];
  // Abbreviations only after a district marker ("N.D. Cal.", "D. Mass."), where they cannot be a word of the name.
  const m = abbreviations && /\b(?:[nsewmc] )?d ([a-z]+(?: [a-z]+)?)$/.exec(n);
  const prefix = m?.[1] ? (abbreviations![m[1]] ?? abbreviations![m[1].split(' ')[0] ?? '']) : undefined;
  return prefix ? [prefix, n] : null;
}

const known = (id: string): string | null => (COURTS.has(id) ? id : null);

export function pacerIdFromName(name: string): string | null {
  return courtOfName(name, PLACE_ABBREVIATIONS);
}

/**
 * pacerIdFromName for names that spell the place out ("U.S. District Court for Hawaii, Honolulu",
 * "United States Court of Appeals for the Ninth Circuit"), as PACER's own pages print them: without
 * the abbreviation table, which the PACER content script then does not carry.
 */
export function pacerIdFromFullName(name: string): string | null {
  return courtOfName(name, null);
}

function courtOfName(name: string, abbreviations: Readonly<Record<string, string>> | null): string | null {
  if (name.length > MAX_NAME) return null;
  const n = normalise(name);
  if (!n) return null;
  if (/\bveterans\b/.test(n)) return 'cavc';
  if (/\bmultidistrict\b/.test(n)) return 'jpml';
  if (/\binternational trade\b/.test(n)) return 'cit';
  if (/\bfederal claims\b/.test(n)) return 'cofc';
  if (/\bbankruptcy appellate panel\b|\bbap\b/.test(n)) {
    const c = circuitNumber(n);
    return c ? known(`bap${c}`) : null;
  }
  if (/\bappeals\b|\bcircuit\b/.test(n)) {
    if (/\bd c circuit\b|\bdistrict of columbia circuit\b/.test(n)) return 'cadc';
    if (/\bfederal circuit\b/.test(n)) return 'cafc';
    // "Court of Appeals of Ohio, Fifth District" is a state court: a federal one names its circuit.
    const c = /\bcircuit\b/.test(n) ? circuitNumber(n) : null;
    return c ? known(`ca${c}`) : null;
  }
  // A federal trial court says so: "United States …", CourtListener's "District Court, …" or a
  // Bluebook "D." ("N.D. Cal.", "Bankr. D. Del."). "District Court of Maryland" (a state court) does not.
  if (!/\bunited states\b|\bu ?s (?:district|bankruptcy)\b/.test(n) && !/^\s*(?:district|bankruptcy) court\s*,/i.test(name) && !name.includes('D.')) {
    return null;
  }
  const place = placePrefix(n, abbreviations);
  if (!place) return null;
  const [prefix, rest] = place;
  const dir = DIRECTIONS.find(([re]) => re.test(rest))?.[1] ?? '';
  const kind = /\bbankruptcy\b|\bbankr\b/.test(n) ? 'b' : 'd';
  return known(`${prefix}${dir}${kind}`);
}

/** Citation abbreviations spelled out for pacerIdFromName ("9th Cir." → "9th Circuit"). */
const CITATION_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bB\.\s?A\.\s?P\.|\bBAP\b/g, 'Bankruptcy Appellate Panel'],
  [/\bCt\.\s?Int'l\s?Trade\b/g, 'International Trade'],
  [/\bFed\.\s?Cl\b\.?/g, 'Federal Claims'],
  [/\bJ\.\s?P\.\s?M\.\s?L\b\.?/g, 'Multidistrict'],
  [/\bVet\.\s?App\b\.?/g, 'Veterans'],
  [/\bCir\b\.?/g, 'Circuit'],
  [/\bBankr\b\.?/g, 'Bankruptcy'],
  [/\bFed\b\.?/g, 'Federal'],
];

/**
 * A court's PACER id from its citation form, as Bluebook parentheticals and CourtListener's
 * results print it: "N.D. Cal.", "9th Cir.", "Fed. Cir.", "Bankr. D. Del.", "B.A.P. 9th Cir.",
 * "Ct. Int'l Trade", "Fed. Cl.", "J.P.M.L.", "Vet. App.".
 */
export function pacerIdFromCitation(cite: string): string | null {
  let name = cite;
  for (const [re, words] of CITATION_WORDS) name = name.replace(re, words);
  return pacerIdFromName(name);
}
