/**
 * An entry's text made ready for reading: whitespace collapsed, and the parentheticals that quote
 * other entries or only describe attachments set aside. "(RE: related document(s) 16 Objection to
 * Confirmation … Hearing scheduled for 4/13/2005 …)" repeats what another entry set (a BNC
 * certificate quotes the whole notice it served); its dates are not this entry's, but the matter it
 * names is what a bare "Hearing scheduled for" is about, so it is kept as `related`. A blanked
 * span keeps its length (spaces), so offsets stay those of the printed text. The scan is one pass
 * with a depth counter: linear.
 */
export interface PreparedText {
  /** The printed text, whitespace collapsed. */
  printed: string;
  /** The same text with quoting parentheticals blanked out (same length). */
  own: string;
  /** The first document the quoting parentheticals name ("Objection to Confirmation of Plan"), or null. */
  related: string | null;
}

/** Parentheticals that quote or list other documents. */
const QUOTING = /^\((?:RE:|Re:|re:)?\s{0,2}(?:related\s+(?:document|doc)|Related\s+Doc|Attachments?\s*:|Additional attachment)/i;

export function prepare(text: string): PreparedText {
  const printed = text.replace(/[\s\u00a0]+/g, ' ').trim();
  const chars = printed.split('');
  let related: string | null = null;
  let i = 0;
  while (i < printed.length) {
    const open = printed.indexOf('(', i);
    if (open < 0) break;
    if (!QUOTING.test(printed.slice(open, open + 40))) {
      i = open + 1;
      continue;
    }
    let depth = 0;
    let close = -1;
    for (let j = open; j < printed.length; j++) {
      const c = printed[j];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        close = j;
        break;
      }
    }
    // An unclosed parenthetical (the page cut it off) quotes to the end.
    const end = close < 0 ? printed.length : close + 1;
    if (!related) related = relatedDocument(printed.slice(open, end));
    // Blanked to spaces, with a clause break where it was: what stood on either side is not one phrase.
    for (let j = open; j < end; j++) chars[j] = ' ';
    chars[open] = ';';
    i = end;
  }
  return { printed, own: chars.join(''), related };
}

// The number list is one character class: `(?:\d+\s*,?\s*)*` split "2344" every way before failing (exponential).
/** "(RE: related document(s) 16 Objection to Confirmation of Plan Filed by …)" → "Objection to Confirmation of Plan". */
function relatedDocument(paren: string): string | null {
  if (/^\(\s*Attach|^\(\s*Additional/i.test(paren)) return null;
  const m = /(?:document\(s\)|documents?\b|Doc\b\s*#?)\s*:?[\d\s,]*\)?[\s,]*([A-Za-z][^()]{2,200})/i.exec(paren);
  if (!m) return null;
  const name = m[1]!.split(/\s+(?:filed|Filed|FILED)\s+by\b|\(|\s+by\s+(?=[A-Z])/)[0]!.trim().replace(/[.,;:]+$/, '');
  return name.length >= 3 ? name : null;
}
