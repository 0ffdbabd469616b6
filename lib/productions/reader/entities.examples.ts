/**
 * Examples for entities.ts (tests only): the mentions in a sentence as `name` (an agency),
 * `name/component` is not used here: a component is `~name`, a party `@`, a pronoun `it`, a
 * plaintiff `!name`.
 */
export const MENTION_EXAMPLES: readonly { text: string; mentions: readonly string[] }[] = [
  { text: 'ICE identified 909 pages from HSI', mentions: ['ICE', '~HSI'] },
  { text: 'U.S. Immigration and Customs Enforcement processed 10 pages', mentions: ['ICE'] },
  { text: 'The State Department released 5 pages', mentions: ['State'] },
  { text: "State's production", mentions: ['State'] },
  { text: 'the Department of Education located 5 pages', mentions: ['Education'] },
  { text: 'the Department of Homeland Security Office of Inspector General', mentions: ['DHS', 'OIG'] },
  { text: "ICE's Office of the Principal Legal Advisor", mentions: ['ICE', '~OPLA'] },
  { text: 'the Federal Bureau of Investigation', mentions: ['FBI'] },
  { text: 'the Bureau of Land Management and the Fish and Wildlife Service', mentions: ['BLM', 'FWS'] },
  { text: 'the National Institute of Standards and Technology processed 3 pages', mentions: ['National Institute of Standards and Technology'] },
  { text: 'DoD and DOS', mentions: ['DoD', 'State'] },
  { text: 'Defendant processed 5 pages', mentions: ['@'] },
  { text: 'Defendants propose', mentions: ['@s'] },
  { text: 'It released 10 pages', mentions: ['it'] },
  { text: 'Plaintiff American Oversight and Defendant ICE', mentions: ['!American Oversight', 'ICE'] },
  { text: 'the District Court for the District of Columbia', mentions: [] },
  { text: 'the Freedom of Information Act', mentions: [] },
  { text: 'JOINT STATUS REPORT', mentions: [] },
  { text: 'the XYZA processed 5 pages', mentions: ['XYZA'] },
  { text: 'the Army and the Navy', mentions: ['Army', 'Navy'] },
];

/** Definitions (collectAliases): text → [defined word, the name it stands for]. */
export const ALIAS_EXAMPLES: readonly { text: string; aliases: readonly (readonly [string, string])[] }[] = [
  { text: 'U.S. Immigration and Customs Enforcement (“ICE”)', aliases: [['ICE', 'ICE']] },
  { text: 'the U.S. Department of Justice (“DOJ” or “the Department”)', aliases: [['DOJ', 'DOJ'], ['Department', 'DOJ']] },
  { text: 'the National Institute of Standards and Technology ("NIST")', aliases: [['NIST', 'NIST']] },
  { text: 'Plaintiff American Oversight (“AO”)', aliases: [['AO', 'AO']] },
];
