/**
 * iCalendar's text rules (RFC 5545 §3.1, §3.3.11): TEXT values escape backslash, semicolon, comma
 * and line breaks; content lines longer than 75 octets fold onto continuation lines that start with
 * one space; lines end in CRLF. Folding counts UTF-8 octets and cuts only between code points, so
 * a multibyte character (é, 🗓, a surrogate pair) is never split across lines.
 */

/** Control characters TEXT may not hold (all but HTAB; line breaks are escaped before this runs). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** A TEXT value: `\` `;` `,` escaped, any line break as `\n`, other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

export const MAX_LINE_OCTETS = 75;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007F]*$/;

/**
 * One content line folded to at most 75 octets a line (the continuation's leading space counts),
 * joined with CRLF. A lone surrogate is written as U+FFFD, as TextEncoder would.
 */
export function foldLine(line: string): string {
  // Most lines are ASCII (one octet a character): cut them by length, without walking code points.
  if (ASCII.test(line)) {
    if (line.length <= MAX_LINE_OCTETS) return line;
    const parts = [line.slice(0, MAX_LINE_OCTETS)];
    for (let i = MAX_LINE_OCTETS; i < line.length; i += MAX_LINE_OCTETS - 1) parts.push(` ${line.slice(i, i + MAX_LINE_OCTETS - 1)}`);
    return parts.join('\r\n');
  }
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const safe = cp >= 0xd800 && cp <= 0xdfff ? '\uFFFD' : ch;
    const n = octets(safe.codePointAt(0)!);
    if (size + n > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += safe;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Content lines → the iCalendar text: each folded, each ended with CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
