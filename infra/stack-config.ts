import { InvalidConfigError } from '../lambda/core/errors.ts';
import type { BriefingStackProps } from './briefing-stack.ts';

/**
 * Validation of the values a deployer can set (CDK context or props), so that a typo fails `cdk synth` with a
 * message naming the setting, the bad value and the fix, instead of failing a deployment or a 06:00 run later.
 */

/** The settings `infra/app.ts` reads from CDK context (`-c key=value` or `cdk.json`); documented on the stack's props. */
export type BriefingContext = Pick<BriefingStackProps, (typeof CONTEXT_KEYS)[number]>;

const CONTEXT_KEYS = [
  'schedule',
  'timezone',
  'publishHour',
  'historySize',
  'maxStories',
  'feedTitle',
  'alarmEmail',
  'domainName',
  'certificateArn',
] as const;

/**
 * Reads and validates the briefing settings from CDK context.
 * @param read returns the raw context value for a key (`app.node.tryGetContext`); `-c` values arrive as strings.
 */
export function parseBriefingContext(read: (key: string) => unknown): BriefingContext {
  const raw: Partial<Record<(typeof CONTEXT_KEYS)[number], string>> = {};
  for (const key of CONTEXT_KEYS) {
    const value = read(key);
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new InvalidConfigError(key, `expected a string or number, got ${JSON.stringify(value)}; set it with -c ${key}=VALUE`);
    }
    raw[key] = String(value);
  }
  const { publishHour, historySize, maxStories, ...strings } = raw;
  return {
    ...strings,
    ...(maxStories === undefined ? {} : { maxStories: parseInteger('maxStories', maxStories) }),
    ...(publishHour === undefined ? {} : { publishHour: parseInteger('publishHour', publishHour) }),
    ...(historySize === undefined ? {} : { historySize: parseInteger('historySize', historySize) }),
  };
}

function parseInteger(setting: string, value: string): number {
  if (!/^-?\d+$/.test(value.trim())) {
    throw new InvalidConfigError(setting, `expected a whole number, got "${value}"`);
  }
  return Number.parseInt(value, 10);
}

/** Fails unless `value` is a whole number in `[min, max]`. */
export function assertIntegerInRange(setting: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidConfigError(setting, `expected a whole number from ${min} to ${max}, got ${value}`);
  }
}

/**
 * Fails unless `value` is a recurring EventBridge Scheduler expression.
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html
 */
export function assertScheduleExpression(setting: string, value: string): void {
  // cron() has six fields (minutes hours day-of-month month day-of-week year); one-time at() is not a daily feed.
  const cron = /^cron\((\S+\s+){5}\S+\)$/;
  const rate = /^rate\(\d+ (minute|minutes|hour|hours|day|days)\)$/;
  if (!cron.test(value) && !rate.test(value)) {
    throw new InvalidConfigError(
      setting,
      `"${value}" is not a recurring schedule; use six cron fields such as "cron(0 6 * * ? *)" or a rate such as "rate(1 day)"`,
    );
  }
}

/** Fails unless a custom domain and its certificate come together and the certificate is in us-east-1. */
export function assertCustomDomain(domainName: string | undefined, certificateArn: string | undefined): void {
  if ((domainName === undefined) !== (certificateArn === undefined)) {
    throw new InvalidConfigError(
      domainName === undefined ? 'domainName' : 'certificateArn',
      'a custom domain needs both domainName and certificateArn; set both, or neither to use the CloudFront domain',
    );
  }
  // CloudFront only accepts certificates from us-east-1, whatever the stack's own region.
  if (certificateArn !== undefined && !/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)) {
    throw new InvalidConfigError(
      'certificateArn',
      `"${certificateArn}" is not an ACM certificate ARN in us-east-1; CloudFront needs the certificate issued in us-east-1`,
    );
  }
}
