/**
 * What the content script tells the background about its page, and where on the page the panel
 * goes. Types only from the message schema: no zod in the content script.
 */
import type { PageReport } from '../messages/schema';
import type { LocatedMention, PageReading } from '../pages/reading';
import { reportedNumber } from '../pages/reported';
import { isPageCase } from './page-case';

const MAX_REPORTED_MENTIONS = 500;

export function toPageReport(reading: PageReading): PageReport {
  return {
    url: reading.url.slice(0, 4096),
    court: reading.court,
    pageType: reading.pageType,
    title: reading.title ? reading.title.slice(0, 500) : null,
    primary: reading.primary ? reportedNumber(reading.primary) : null,
    mentions: reading.mentions.slice(0, MAX_REPORTED_MENTIONS).map((m) => ({ ...reportedNumber(m), court: m.court, cue: m.cue })),
  };
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,div,center,section,article,header,hgroup,form';

/** The block after which the panel goes: the header that prints the page's case, outside any table. */
function panelAnchor(node: Node): Element | null {
  const el = node.parentElement;
  if (!el) return null;
  const table = el.closest('table');
  if (table) return table;
  return el.closest(BLOCKS) ?? el;
}

/** Where the panel goes for this reading: after the first place the page prints its own case. */
export function anchorOf(reading: PageReading, located: LocatedMention[]): Element | null {
  const at = reading.primary ? located.find((l) => isPageCase(l.match, reading.primary)) : undefined;
  return at ? panelAnchor(at.node) : null;
}
