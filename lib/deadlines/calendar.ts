/**
 * Saved deadlines → calendar events (lib/deadlines/ical.ts writes them). One event per deadline,
 * its UID derived from the record id so a re-import updates the event instead of adding a second;
 * SEQUENCE and DTSTAMP from the record's HLC stamp, so an edited deadline exports with a higher
 * sequence. A deleted deadline (a tombstone, kept 180 days) exports as STATUS:CANCELLED, so
 * re-importing takes it off calendars that have it. Timed deadlines are in the court's zone.
 */
import { courtInfo } from '../courts/details';
import type { CaseRecord, DeadlineRecord } from '../model/schema';
import { parseStamp } from '../model/hlc';
import { writeCalendar, type CalendarEvent } from './ical';

export const PRODUCT_ID = '-//Docket Margin//Deadlines//EN';
/** SEQUENCE counts seconds from here: small enough for clients that keep it in 32 bits until 2093. */
const SEQUENCE_EPOCH_MS = Date.UTC(2025, 0, 1);
/** A hearing takes the court's hour; a filing deadline is a moment. */
const DURATION_MINUTES: Readonly<Record<string, number>> = { hearing: 60 };

const SOURCE_TEXT: Readonly<Record<DeadlineRecord['source'], string>> = {
  manual: 'entered by hand',
  import: 'imported from a file',
  docket: 'suggested from the docket text',
};

const KIND_TEXT: Readonly<Record<DeadlineRecord['kind'], string>> = {
  filing: 'Filing',
  hearing: 'Hearing',
  production: 'Production',
  other: 'Other',
};

export function deadlineUid(deadlineId: string): string {
  return `${deadlineId}@docket-margin`;
}

/** Whole seconds of the stamp's wall time since 2025; later edits get larger numbers. */
export function sequenceOf(stamp: string): number {
  const s = parseStamp(stamp);
  return s ? Math.max(0, Math.floor((s.ms - SEQUENCE_EPOCH_MS) / 1000)) : 0;
}

/** What the case is called in an event: its title, else its number. */
export function caseLabel(c: Pick<CaseRecord, 'title' | 'docketNumber'>): string {
  return c.title.trim() || c.docketNumber;
}

export function eventFor(c: CaseRecord, d: DeadlineRecord, fallbackMs: number): CalendarEvent {
  const court = courtInfo(c.court);
  const timeZone = court?.timeZone ?? 'America/New_York';
  const cancelled = d.deleted || c.deleted;
  const description = [
    `Docket: ${c.docketNumber}`,
    `Court: ${court ? `${court.name} (${c.court.toUpperCase()})` : c.court.toUpperCase()}`,
    ...(d.time ? [`Time: ${d.time}, the court's time (${timeZone})`] : []),
    `Kind: ${KIND_TEXT[d.kind]}`,
    `Source: ${SOURCE_TEXT[d.source]}`,
    ...(d.done ? ['Marked done in Docket Margin.'] : []),
    ...(cancelled ? ['Deleted in Docket Margin.'] : []),
  ].join('\n');
  const stamp = parseStamp(d.stamp);
  return {
    uid: deadlineUid(d.id),
    sequence: sequenceOf(d.stamp),
    revisedAt: stamp ? stamp.ms : fallbackMs,
    start: d.time ? { date: d.due, time: d.time, timeZone } : { date: d.due },
    durationMinutes: DURATION_MINUTES[d.kind] ?? 0,
    summary: `${d.done ? '✓ ' : ''}${caseLabel(c)}: ${d.title}`,
    description,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    categories: [KIND_TEXT[d.kind]],
  };
}

export interface CalendarInput {
  cases: readonly CaseRecord[];
  /** Tombstones included: they export as cancelled. */
  deadlines: readonly DeadlineRecord[];
}

/** Every deadline of the given cases as events, soonest first (a stable order for stable files). */
export function deadlineEvents(input: CalendarInput, fallbackMs: number): CalendarEvent[] {
  const cases = new Map(input.cases.map((c) => [c.id, c]));
  return input.deadlines
    .filter((d) => cases.has(d.caseId))
    .sort((a, b) => (`${a.due}T${a.time ?? ''} ${a.id}` < `${b.due}T${b.time ?? ''} ${b.id}` ? -1 : 1))
    .map((d) => eventFor(cases.get(d.caseId)!, d, fallbackMs));
}

export function deadlinesCalendar(input: CalendarInput, name: string, fallbackMs: number): string {
  return writeCalendar({ productId: PRODUCT_ID, name, events: deadlineEvents(input, fallbackMs) });
}

/** `docket-margin-cand-4-21-cv-02632-dmr-2026-11-22.ics`; all cases: `docket-margin-deadlines-….ics`. */
export function calendarFilename(localDate: string, c?: Pick<CaseRecord, 'court' | 'docketNumber'>): string {
  const what = c ? `${c.court}-${c.docketNumber}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : 'deadlines';
  return `docket-margin-${what}-${localDate}.ics`;
}
