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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when a `YYYY-MM-DD` date exists in the proleptic Gregorian calendar (year 0000 a leap year), as luxon
 * judges it, without building a DateTime: every article's date is checked, and luxon cost 10,000 of them ~0.13 s.
 */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
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
