import { DateTime, IANAZone } from 'luxon';
import { InvalidConfigError } from './errors.ts';

/**
 * Throws unless `zone` is an IANA time zone name that this runtime knows. Checked without reading the clock, and
 * strictly: luxon's own names ("local", "system", "UTC+3") are not IANA names, and EventBridge Scheduler needs one.
 */
export function assertTimeZone(zone: string, setting = 'timezone'): void {
  if (!IANAZone.isValidZone(zone)) {
    throw new InvalidConfigError(setting, `"${zone}" is not a known IANA time zone; use a name such as "UTC" or "Europe/London"`);
  }
}

/**
 * True when a `YYYY-MM-DD` date exists in the proleptic Gregorian calendar (year 0000 a leap year), as luxon
 * judges it. The engine's own calendar decides: a date that does not exist rolls over to another one. Not a
 * luxon DateTime, which cost 10,000 articles' dates ~0.13 s.
 */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const calendar = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  calendar.setUTCFullYear(year, month - 1, day);
  return calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
}

/**
 * The instant a date's briefing is published: `publishHour`:00 local time in `zone` on that date.
 * Luxon resolves hours skipped or repeated by a DST change, so the result is always a real instant.
 */
export function publishInstant(date: string, zone: string, publishHour: number): Date {
  return DateTime.fromISO(date, { zone }).set({ hour: publishHour, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

/** A date's long English form, e.g. "6 November 2023". */
export function longDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale('en-GB').toFormat('d MMMM yyyy');
}
