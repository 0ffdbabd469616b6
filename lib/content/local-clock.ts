/**
 * "Now" as a civil date and time in the runtime's own zone, as `clockIn()` (lib/deadlines/relative)
 * gives it, read from Date's local getters: building an Intl.DateTimeFormat costs milliseconds
 * the first time in a page (its locale data loads), and the overlay needs the clock on every render.
 */
import type { Clock } from '../deadlines/relative';

const two = (n: number): string => String(n).padStart(2, '0');

export function localClock(now: Date = new Date()): Clock {
  return {
    date: `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}`,
    time: `${two(now.getHours())}:${two(now.getMinutes())}`,
  };
}
