import { CONFIG_LIMITS, MAX_TITLE_LENGTH } from '../lambda/core/config.ts';
import { InvalidConfigError } from '../lambda/core/errors.ts';

/**
 * Every check of a value a deployer can set (CDK context or props), so that a typo fails `cdk synth` with a message
 * naming the setting, the bad value and the fix, instead of failing a deployment or a 06:00 run later. The limits
 * are the function's own (lambda/core/config.ts), so what synth accepts the function accepts.
 */

export { assertTimeZone } from '../lambda/core/dates.ts';

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

/** Fails unless `value` is a whole number within the function's limit for `setting`. */
export function assertConfigLimit(setting: keyof typeof CONFIG_LIMITS, value: number): void {
  const { min, max } = CONFIG_LIMITS[setting];
  assertIntegerInRange(setting, value, min, max);
}

/** Fails unless the feed title has text and fits the function's limit. */
export function assertFeedTitle(setting: string, value: string): void {
  if (value.trim() === '') {
    throw new InvalidConfigError(setting, 'the feed title is empty; set a title such as "Daily Briefing"');
  }
  if (value.length > MAX_TITLE_LENGTH) {
    throw new InvalidConfigError(setting, `is ${value.length} characters long; keep it under ${MAX_TITLE_LENGTH}`);
  }
}
