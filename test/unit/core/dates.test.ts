import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../lambda/core/dates.ts';

describe('Function: isCalendarDate', () => {
  it('accepts the dates that exist and rejects the others', () => {
    expect(['2023-11-06', '2024-02-29', '2000-02-29', '0000-02-29', '9999-12-31'].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00'].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('judges every month and day of leap, century and ordinary years as luxon does', () => {
    const pad = (n: number, width: number): string => String(n).padStart(width, '0');
    for (const year of [0, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isCalendarDate(date), date).toBe(DateTime.fromISO(date, { zone: 'utc' }).isValid);
        }
      }
    }
  });
});
