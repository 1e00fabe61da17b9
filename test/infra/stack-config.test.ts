import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '../../lambda/core/errors.ts';
import { parseBriefingContext } from '../../infra/stack-config.ts';
import { assertScheduleExpression } from '../../infra/validation.ts';

/** A context reader over a plain object, as `app.node.tryGetContext` reads `-c key=value` (always strings). */
const contextOf = (values: Record<string, unknown>) => (key: string) => values[key];

describe('Function: parseBriefingContext', () => {
  it('returns nothing for an empty or blank context, so every prop keeps its documented default', () => {
    expect(parseBriefingContext(contextOf({ timezone: '', feedTitle: null }))).toEqual({});
  });

  it('reads every key, turning -c strings into numbers where the prop is a number', () => {
    const config = parseBriefingContext(
      contextOf({
        schedule: 'cron(0 7 * * ? *)',
        timezone: 'Europe/London',
        publishHour: '7',
        historySize: '14',
        maxStories: '12',
        summarySentences: '5',
        feedTitle: 'Morning Notes',
        alarmEmail: 'ops@example.com',
        domainName: 'news.example.com',
        certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      }),
    );
    expect(config).toEqual({
      schedule: 'cron(0 7 * * ? *)',
      timezone: 'Europe/London',
      publishHour: 7,
      historySize: 14,
      maxStories: 12,
      summarySentences: 5,
      feedTitle: 'Morning Notes',
      alarmEmail: 'ops@example.com',
      domainName: 'news.example.com',
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
    });
  });

  it('accepts numbers written in cdk.json as numbers', () => {
    expect(parseBriefingContext(contextOf({ publishHour: 5 })).publishHour).toBe(5);
  });

  it('rejects a publish hour that is not a whole number, naming the key', () => {
    expect(() => parseBriefingContext(contextOf({ publishHour: 'six' }))).toThrow(
      new InvalidConfigError('publishHour', 'expected a whole number, got "six"'),
    );
  });

  it('rejects an object where a string is expected, showing how to set it', () => {
    expect(() => parseBriefingContext(contextOf({ timezone: { zone: 'UTC' } }))).toThrow(
      /^timezone: expected a string or number, got \{"zone":"UTC"\}; set it with -c timezone=VALUE$/,
    );
  });
});

describe('Function: assertScheduleExpression', () => {
  it.each(['cron(0 6 * * ? *)', 'cron(30 7 ? * MON-FRI *)', 'rate(1 day)', 'rate(12 hours)'])('accepts %s', (expression) => {
    expect(() => assertScheduleExpression('schedule', expression)).not.toThrow();
  });

  it.each(['0 6 * * *', 'cron(0 6 * * ?)', 'at(2024-01-01T06:00:00)', 'rate(1 fortnight)'])('rejects %s', (expression) => {
    expect(() => assertScheduleExpression('schedule', expression)).toThrow(InvalidConfigError);
  });
});
