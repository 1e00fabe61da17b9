import { InvalidConfigError } from '../lambda/core/errors.ts';
import type { BriefingStackProps } from './briefing-stack.ts';

/**
 * Reading the stack's settings from CDK context: strings in, typed props out. The values themselves are checked by the
 * constructs that use them (infra/validation.ts).
 */

/** The settings `infra/app.ts` reads from CDK context (`-c key=value` or `cdk.json`); documented on the stack's props. */
export type BriefingContext = Pick<BriefingStackProps, (typeof CONTEXT_KEYS)[number]>;

const CONTEXT_KEYS = [
  'schedule',
  'timezone',
  'publishHour',
  'historySize',
  'maxStories',
  'summarySentences',
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
  const { publishHour, historySize, maxStories, summarySentences, ...strings } = raw;
  return {
    ...strings,
    ...(maxStories === undefined ? {} : { maxStories: parseInteger('maxStories', maxStories) }),
    ...(summarySentences === undefined ? {} : { summarySentences: parseInteger('summarySentences', summarySentences) }),
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
