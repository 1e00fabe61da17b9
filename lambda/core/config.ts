import { assertTimeZone } from './dates.ts';
import { InvalidConfigError } from './errors.ts';
import { stripInvalidXmlChars } from './text.ts';

/** The settings of a briefing run, validated. */
export interface BriefingConfig {
  /** The public site URL, ending in `/`. */
  readonly baseUrl: string;
  /** IANA time zone that decides what "today" and the publish hour mean. */
  readonly timezone: string;
  /** Local hour (0–23) at which a day's briefing is published. */
  readonly publishHour: number;
  /** How many briefings the feeds and the index list. */
  readonly historySize: number;
  /** The feed's title. */
  readonly title: string;
  /** How many stories a briefing lists. */
  readonly maxStories: number;
  /** How many sentences each story's summary has (within 70 words per three sentences). */
  readonly summarySentences: number;
  /** BCP 47 language of the feeds and pages. */
  readonly language: string;
}

/** Raw settings as strings (from env or command-line options); `undefined` means "use the default". */
export type RawConfig = Partial<Record<keyof Omit<BriefingConfig, 'language'>, string>>;

/** The defaults of every optional setting; infra deploys the same ones. */
export const CONFIG_DEFAULTS = {
  timezone: 'UTC',
  publishHour: 6,
  historySize: 30,
  title: 'Daily Briefing',
  maxStories: 20,
  summarySentences: 3,
} as const;

/** The range of each whole-number setting, inclusive; infra refuses values outside it at synth. */
export const CONFIG_LIMITS = {
  publishHour: { min: 0, max: 23 },
  historySize: { min: 1, max: 1000 },
  maxStories: { min: 1, max: 500 },
  summarySentences: { min: 1, max: 10 },
} as const satisfies Record<string, { min: number; max: number }>;

/** What each setting is called where it came from; the summary length is optional, as callers that never set it need not name it. */
export type ConfigNames = Record<Exclude<keyof RawConfig, 'summarySentences'>, string> & { readonly summarySentences?: string };

/** The longest feed title, in UTF-16 code units. */
export const MAX_TITLE_LENGTH = 200;

/**
 * Validates raw settings. `names` says how each setting is called where it came from (`TIMEZONE`,
 * `--timezone` …), so an error points at what the user typed.
 * @throws InvalidConfigError naming the setting, the bad value and the fix
 */
export function parseConfig(raw: RawConfig, names: ConfigNames): BriefingConfig {
  const timezone = raw.timezone?.trim() || CONFIG_DEFAULTS.timezone;
  assertTimeZone(timezone, names.timezone);
  return {
    baseUrl: parseBaseUrl(raw.baseUrl, names.baseUrl),
    timezone,
    publishHour: parseInteger(raw.publishHour, names.publishHour, CONFIG_DEFAULTS.publishHour, CONFIG_LIMITS.publishHour),
    historySize: parseInteger(raw.historySize, names.historySize, CONFIG_DEFAULTS.historySize, CONFIG_LIMITS.historySize),
    title: parseTitle(raw.title, names.title),
    maxStories: parseInteger(raw.maxStories, names.maxStories, CONFIG_DEFAULTS.maxStories, CONFIG_LIMITS.maxStories),
    summarySentences: parseInteger(
      raw.summarySentences,
      names.summarySentences ?? 'summarySentences',
      CONFIG_DEFAULTS.summarySentences,
      CONFIG_LIMITS.summarySentences,
    ),
    language: 'en',
  };
}

function parseBaseUrl(value: string | undefined, name: string): string {
  if (!value?.trim()) throw new InvalidConfigError(name, 'is required: the public URL of the site, e.g. https://example.com/');
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch (error) {
    throw new InvalidConfigError(name, `"${value}" is not an absolute URL; use e.g. https://example.com/`, { cause: error });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidConfigError(name, `"${value}" must be an http(s) URL`);
  }
  assertPlainSiteUrl(url, name);
  const href = url.toString();
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Refuses the parts of a URL that cannot prefix every link: credentials would be published in every feed, and
 * the site's paths would land inside a query or a fragment. An empty `?` or `#` counts: it still ends the path.
 */
function assertPlainSiteUrl(url: URL, name: string): void {
  if (url.username !== '' || url.password !== '') {
    // The value is not echoed: it holds a password.
    throw new InvalidConfigError(
      name,
      `"${url.protocol}//…@${url.host}${url.pathname}" has credentials (user:password@), which every feed link would publish; remove them`,
    );
  }
  if (url.href.includes('#')) {
    throw new InvalidConfigError(
      name,
      `"${url.href}" has a fragment (#…); the site's paths cannot follow it, so remove it, e.g. ${url.origin}${url.pathname}`,
    );
  }
  if (url.href.includes('?')) {
    throw new InvalidConfigError(
      name,
      `"${url.href}" has a query (?…); the site's paths cannot follow it, so remove it, e.g. ${url.origin}${url.pathname}`,
    );
  }
}

/**
 * Reads a whole number written in plain decimal digits (`6`, `06`), within bounds. `Number()` alone would also take
 * `0x6`, `1e1`, `0b110` or `6.0`, which nobody means as an hour or a count.
 * @throws InvalidConfigError naming the setting, the value and the bounds
 */
export function parseInteger(
  value: string | undefined,
  name: string,
  fallback: number,
  { min, max }: { min: number; max: number },
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = /^[0-9]+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InvalidConfigError(name, `"${value}" is not a whole number from ${min} to ${max}`);
  }
  return number;
}

function parseTitle(value: string | undefined, name: string): string {
  const title = stripInvalidXmlChars(value ?? '').trim() || CONFIG_DEFAULTS.title;
  if (title.length > MAX_TITLE_LENGTH)
    throw new InvalidConfigError(name, `is ${title.length} characters long; keep it under ${MAX_TITLE_LENGTH}`);
  return title;
}
