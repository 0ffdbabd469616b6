/**
 * Which court of appeals each trial court appeals to (28 U.S.C. § 41), and a district's other
 * court (its bankruptcy court, or the district court of a bankruptcy court). Apart from table.ts
 * so the content scripts, which never ask, do not carry it: the background and the CLI read a
 * cited number's court with it (lib/pages/cited-court.ts).
 */
import { COURTS } from './table';

/** Circuit of each state's id prefix (0: the D.C. Circuit). */
const CIRCUIT_OF_STATE: Readonly<Record<string, number>> = {
  me: 1, ma: 1, nh: 1, ri: 1, pr: 1,
  ct: 2, ny: 2, vt: 2,
  de: 3, nj: 3, pa: 3, vi: 3,
  md: 4, nc: 4, sc: 4, va: 4, wv: 4,
  la: 5, ms: 5, tx: 5,
  ky: 6, mi: 6, oh: 6, tn: 6,
  il: 7, in: 7, wi: 7,
  ar: 8, ia: 8, mn: 8, mo: 8, ne: 8, nd: 8, sd: 8,
  ak: 9, az: 9, ca: 9, hi: 9, id: 9, mt: 9, nv: 9, or: 9, wa: 9, gu: 9, nmi: 9,
  co: 10, ks: 10, nm: 10, ok: 10, ut: 10, wy: 10,
  al: 11, fl: 11, ga: 11,
  dc: 0,
};

/** The court of appeals a district, bankruptcy, trade or claims court appeals to (`cand` → `ca9`), or null. */
export function appealsCourt(pacerId: string | null | undefined): string | null {
  const c = pacerId ? COURTS.get(pacerId.toLowerCase()) : undefined;
  if (!c) return null;
  if (c.id === 'cit' || c.id === 'cofc') return 'cafc';
  const circuit = c.state === undefined ? undefined : CIRCUIT_OF_STATE[c.state];
  return circuit === undefined ? null : circuit ? `ca${circuit}` : 'cadc';
}

/**
 * The district or bankruptcy court of the same district (`cand` → `canb` for 'bankruptcy',
 * `deb` → `ded` for 'district'); null for courts without one (appellate, J.P.M.L., …).
 */
export function siblingCourt(pacerId: string | null | undefined, type: 'district' | 'bankruptcy'): string | null {
  const c = pacerId ? COURTS.get(pacerId.toLowerCase()) : undefined;
  if (!c || c.state === undefined) return null;
  const id = `${c.state}${c.district ?? ''}${type === 'district' ? 'd' : 'b'}`;
  return COURTS.has(id) ? id : null;
}

/** The bankruptcy appellate panel of a court's circuit, where there is one (`canb` → `bap9`). */
export function appellatePanel(pacerId: string | null | undefined): string | null {
  const appeals = appealsCourt(pacerId);
  const id = appeals ? `bap${appeals.slice(2)}` : null;
  return id && COURTS.has(id) ? id : null;
}
