/**
 * An iCalendar (RFC 5545) writer for the events Docket Margin exports: all-day events as DATE
 * values, timed ones in a named zone with that zone's VTIMEZONE. Pure: the caller supplies every
 * value (the stamps included), so the same events always give the same bytes.
 */
import { escapeText, joinLines } from './ical-text';
import { vtimezoneLines } from './vtimezone';
import { addDays } from './zone-time';

export type EventStart = { date: string } | { date: string; time: string; timeZone: string };

export interface CalendarEvent {
  /** Globally unique and stable: the same record always exports under the same UID. */
  uid: string;
  /** Grows with every revision of the record (RFC 5545 §3.8.7.4). */
  sequence: number;
  /** When the record was last revised, UTC ms: DTSTAMP and LAST-MODIFIED (no METHOD, so §3.8.7.2). */
  revisedAt: number;
  start: EventStart;
  /** A timed event's length in minutes; 0 or absent: it ends as it begins. */
  durationMinutes?: number;
  summary: string;
  description: string;
  status: 'CONFIRMED' | 'CANCELLED';
  categories?: string[];
}

export interface CalendarOptions {
  /** PRODID: who wrote the file. */
  productId: string;
  /** X-WR-CALNAME, the name most apps give the imported calendar. */
  name: string;
  events: readonly CalendarEvent[];
}

/** `20260115T173000Z` */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const compact = (date: string): string => date.replace(/-/g, '');

function startLines(e: CalendarEvent): string[] {
  const s = e.start;
  if (!('time' in s)) return [`DTSTART;VALUE=DATE:${compact(s.date)}`, `DTEND;VALUE=DATE:${compact(addDays(s.date, 1))}`];
  const lines = [`DTSTART;TZID=${s.timeZone}:${compact(s.date)}T${s.time.replace(':', '')}00`];
  if (e.durationMinutes && e.durationMinutes > 0) lines.push(`DURATION:PT${e.durationMinutes}M`);
  return lines;
}

function eventLines(e: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcStamp(e.revisedAt)}`,
    `LAST-MODIFIED:${utcStamp(e.revisedAt)}`,
    `SEQUENCE:${Math.max(0, Math.floor(e.sequence))}`,
    ...startLines(e),
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
    `STATUS:${e.status}`,
    // A deadline blocks no time: show the day as free.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The years each zone's timed events fall in, so its VTIMEZONE covers them (a year either side). */
function zoneYears(events: readonly CalendarEvent[]): Map<string, [number, number]> {
  const years = new Map<string, [number, number]>();
  for (const e of events) {
    if (!('time' in e.start)) continue;
    const y = Number(e.start.date.slice(0, 4));
    const span = years.get(e.start.timeZone);
    years.set(e.start.timeZone, span ? [Math.min(span[0], y), Math.max(span[1], y)] : [y, y]);
  }
  return years;
}

/** The whole calendar, CRLF line ends, folded at 75 octets. */
export function writeCalendar(options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId)}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const zones = [...zoneYears(options.events)].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [zone, [from, to]] of zones) lines.push(...vtimezoneLines(zone, from - 1, to + 1));
  for (const e of options.events) lines.push(...eventLines(e));
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}
