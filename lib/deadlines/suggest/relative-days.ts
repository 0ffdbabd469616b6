/**
 * Deadlines counted from the entry itself: "within fourteen (14) days of the date of this Order",
 * "no later than 21 days after entry of this order", "within 30 days hereof". The count starts the
 * day after the entry's filing date and a last day on a weekend or federal holiday moves to the next
 * court day (calendar.ts). Periods counted from anything else ("of the defendant's first appearance",
 * "of service") are not the entry's and are not computed; nor are business days. Linear patterns.
 */
import { periodEnd } from './calendar';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, 'twenty-one': 21, 'twenty one': 21, 'twenty-eight': 28, thirty: 30,
  'forty-five': 45, forty: 40, sixty: 60, ninety: 90,
};

/** "within fourteen (14) days of (the date of | entry of) this Order". */
export const RELATIVE = /\b(?:within|no later than|not later than|on or before)[ \u00a0]{1,3}(?:(\d{1,3})|([a-z]{3,9}(?:[- ][a-z]{3,5})?)(?:[ \u00a0]{1,3}\((\d{1,3})\))?)[ \u00a0]{1,3}(calendar[ \u00a0]{1,3}|business[ \u00a0]{1,3}|court[ \u00a0]{1,3})?days?[ \u00a0]{1,3}(?:of|from|after|following)[ \u00a0]{1,3}(?:(?:the[ \u00a0]{1,3})?(?:date|entry|filing|issuance|docketing)[ \u00a0]{1,3}of[ \u00a0]{1,3})?(?:this|the[ \u00a0]{1,3}instant|today'?s|the[ \u00a0]{1,3}present)[ \u00a0]{1,3}(?:Minute[ \u00a0]{1,3}|Text[ \u00a0]{1,3}|Electronic[ \u00a0]{1,3}|Scheduling[ \u00a0]{1,3})?(?:Order|Ruling|Notice|Entry|date)\b|\bwithin[ \u00a0]{1,3}(?:(\d{1,3})|([a-z]{3,9}(?:[- ][a-z]{3,5})?)(?:[ \u00a0]{1,3}\((\d{1,3})\))?)[ \u00a0]{1,3}days?[ \u00a0]{1,3}(?:hereof|of[ \u00a0]{1,3}today)\b/gi;

export interface RelativeMatch {
  start: number;
  end: number;
  days: number;
  date: string;
}

function count(digits: string | undefined, word: string | undefined, paren: string | undefined): number | null {
  if (digits) return Number(digits);
  if (paren) return Number(paren);
  if (word) return NUMBER_WORDS[word.toLowerCase().replace(/\s+/, ' ')] ?? null;
  return null;
}

export function findRelative(text: string, filed: string | null): RelativeMatch[] {
  if (!filed) return [];
  const out: RelativeMatch[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    if (m[4] && !/calendar/i.test(m[4])) continue; // business or court days: not counted here
    const days = count(m[1] ?? m[5], m[2] ?? m[6], m[3] ?? m[7]);
    if (!days || days > 365) continue;
    out.push({ start: m.index, end: m.index + m[0].length, days, date: periodEnd(filed, days) });
  }
  return out;
}
