/**
 * FOIA exemptions a sentence claims, as `(b)(N)` or `(b)(7)(X)`: "(b)(6), (b)(7)(C)", "Exemptions 5,
 * 6, and 7(C)", "FOIA Exemption 7(E)", "5 U.S.C. § 552(b)(5)", "b7c". In the order first claimed,
 * each once. Examples: exemptions.examples.ts.
 */

const B_FORM = /\(b\)\s*\(\s*([1-9])\s*\)(?:\s*\(\s*([A-Fa-f])\s*\))?/g;
const WORD_FORM = /\bexemptions?\s+/gi;
/** One item of "5, 6, and 7(C)": a digit, its subpart, then what joins it to the next. */
const ITEM = /^([1-9])(?:\s*\(\s*([A-Fa-f])\s*\))?(?![\d(])/;
const JOIN = /^\s*(?:,\s*(?:and|or|&)?|and|or|&|\/)\s*/i;
const SHORT_FORM = /\bb([1-9])([a-f])?\b/g;

const canonical = (n: string, sub: string | undefined): string => (sub ? `(b)(${n})(${sub.toUpperCase()})` : `(b)(${n})`);

export function findExemptions(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  for (const m of text.matchAll(B_FORM)) found.push({ at: m.index, name: canonical(m[1]!, m[2]) });
  for (const m of text.matchAll(SHORT_FORM)) found.push({ at: m.index, name: canonical(m[1]!, m[2]) });
  for (const m of text.matchAll(WORD_FORM)) {
    let at = m.index + m[0].length;
    // At most nine items: the list cannot run on over the rest of the text.
    for (let n = 0; n < 9; n++) {
      const item = ITEM.exec(text.slice(at, at + 12));
      if (!item) break;
      found.push({ at, name: canonical(item[1]!, item[2]) });
      at += item[0].length;
      const join = JOIN.exec(text.slice(at, at + 12));
      if (!join) break;
      at += join[0].length;
    }
  }
  found.sort((a, b) => a.at - b.at);
  const names: string[] = [];
  for (const f of found) if (!names.includes(f.name)) names.push(f.name);
  return names;
}
