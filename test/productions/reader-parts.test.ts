/** Each part of the status-report reader against its own example table. */
import { describe, expect, it } from 'vitest';
import { findCounts, type PageCount } from '../../lib/productions/reader/counts';
import { COUNT_EXAMPLES } from '../../lib/productions/reader/counts.examples';
import { findDates } from '../../lib/productions/reader/dates';
import { DATE_EXAMPLES } from '../../lib/productions/reader/dates.examples';
import { collectAliases, findMentions, type Mention } from '../../lib/productions/reader/entities';
import { ALIAS_EXAMPLES, MENTION_EXAMPLES } from '../../lib/productions/reader/entities.examples';
import { findExemptions } from '../../lib/productions/reader/exemptions';
import { EXEMPTION_EXAMPLES } from '../../lib/productions/reader/exemptions.examples';
import { readRole } from '../../lib/productions/reader/roles';
import { ROLE_EXAMPLES } from '../../lib/productions/reader/roles.examples';
import { sentences, tokenize } from '../../lib/productions/reader/tokens';
import { SENTENCE_EXAMPLES, TOKEN_EXAMPLES } from '../../lib/productions/reader/tokens.examples';

const countsIn = (text: string): PageCount[] => {
  const tokens = tokenize(text);
  const taken = new Set<number>();
  for (const d of findDates(tokens, null)) for (let k = d.first; k < d.end; k++) taken.add(k);
  return findCounts(tokens, taken);
};

describe('tokens', () => {
  for (const ex of TOKEN_EXAMPLES)
    it(`tokenizes ${ex.text}`, () => {
      expect(tokenize(ex.text).map((t) => t.text)).toEqual(ex.tokens);
    });
  for (const ex of SENTENCE_EXAMPLES)
    it(`finds ${ex.sentences} sentence(s) in ${JSON.stringify(ex.text)}`, () => {
      expect(sentences(ex.text)).toHaveLength(ex.sentences);
    });
  it('keeps offsets into the text', () => {
    const text = 'ICE’s HSI released 1,024 pages.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('dates', () => {
  for (const ex of DATE_EXAMPLES)
    it(`reads ${ex.text}${ex.filed ? ` (filed ${ex.filed})` : ''}`, () => {
      const found = findDates(tokenize(ex.text), ex.filed).filter((d) => d.iso);
      expect(found.map((d) => `${d.background ? '*' : ''}${d.iso}`)).toEqual(ex.dates);
    });
});

describe('counts', () => {
  const show = (c: PageCount): string =>
    `${c.hedge === 'approximate' ? '~' : c.hedge === 'atLeast' ? '>=' : ''}${c.value}${c.perMonth !== null ? `/mo${Math.round(c.perMonth * 100) / 100}` : ''}`;
  for (const ex of COUNT_EXAMPLES)
    it(`reads ${ex.text}`, () => {
      expect(countsIn(ex.text).map(show)).toEqual(ex.counts);
    });
});

describe('roles', () => {
  for (const ex of ROLE_EXAMPLES)
    it(`reads ${ex.text}`, () => {
      const tokens = tokenize(ex.text);
      const counts = countsIn(ex.text);
      expect(counts.map((c) => readRole(tokens, c, counts).role ?? '-')).toEqual(ex.roles);
    });
});

describe('entities', () => {
  const show = (m: Mention): string =>
    m.kind === 'pronoun' ? 'it' : m.kind === 'party' ? (m.plural ? '@s' : '@') : `${m.plaintiff ? '!' : ''}${m.level === 'component' ? '~' : ''}${m.name}`;
  for (const ex of MENTION_EXAMPLES)
    it(`reads ${ex.text}`, () => {
      expect(findMentions(tokenize(ex.text), new Map()).map(show)).toEqual(ex.mentions);
    });
  for (const ex of ALIAS_EXAMPLES)
    it(`collects the definitions in ${ex.text}`, () => {
      const aliases = collectAliases([tokenize(ex.text)]);
      expect([...aliases].map(([word, a]) => [word, a.name])).toEqual(ex.aliases);
    });
  it('marks a defined plaintiff so its acronym is never the agency', () => {
    const aliases = collectAliases([tokenize('Plaintiff American Oversight (“AO”)')]);
    expect(aliases.get('AO')?.plaintiff).toBe(true);
  });
});

describe('exemptions', () => {
  for (const ex of EXEMPTION_EXAMPLES)
    it(`reads ${ex.text}`, () => {
      expect(findExemptions(ex.text)).toEqual(ex.exemptions);
    });
});
