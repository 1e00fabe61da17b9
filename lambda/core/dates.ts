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
