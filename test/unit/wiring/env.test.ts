import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '../../../lambda/core/errors.ts';
import { readHandlerSettings } from '../../../lambda/env.ts';

const REQUIRED = { FEED_BUCKET: 'briefing-site', BASE_URL: 'https://d111.cloudfront.net' };

describe('Function: readHandlerSettings', () => {
  it('applies the documented defaults', () => {
    expect(readHandlerSettings({ ...REQUIRED })).toEqual({
      bucket: 'briefing-site',
      seedsDir: './seeds',
      sources: { file: './sources.opml', required: false },
      config: {
        baseUrl: 'https://d111.cloudfront.net/',
        timezone: 'UTC',
        publishHour: 6,
        historySize: 30,
        title: 'Daily Briefing',
        maxStories: 20,
        summarySentences: 3,
        language: 'en',
      },
    });
  });

  it('reads every variable, and finds the seeds beside the function in Lambda', () => {
    const settings = readHandlerSettings({
      ...REQUIRED,
      TIMEZONE: 'Europe/Paris',
      PUBLISH_HOUR: '7',
      HISTORY_SIZE: '10',
      FEED_TITLE: 'Matin',
      MAX_STORIES: ' 05 ',
      SUMMARY_SENTENCES: '2',
      LAMBDA_TASK_ROOT: '/var/task',
    });
    expect(settings.seedsDir).toBe('/var/task/seeds');
    expect(settings.sources).toEqual({ file: '/var/task/sources.opml', required: false });
    expect(settings.config).toMatchObject({
      timezone: 'Europe/Paris',
      publishHour: 7,
      historySize: 10,
      title: 'Matin',
      maxStories: 5,
      summarySentences: 2,
    });
  });

  it('requires the sources list named by SOURCES_FILE', () => {
    expect(readHandlerSettings({ ...REQUIRED, SOURCES_FILE: ' /opt/feeds.opml ' }).sources).toEqual({
      file: '/opt/feeds.opml',
      required: true,
    });
  });

  it.each([
    [{ FEED_BUCKET: '' }, 'FEED_BUCKET: is required'],
    [{ BASE_URL: undefined }, 'BASE_URL: is required'],
    [{ BASE_URL: 'example.com' }, 'BASE_URL: "example.com" is not an absolute URL'],
    [{ BASE_URL: 'ftp://example.com/' }, 'BASE_URL: "ftp://example.com/" must be an http(s) URL'],
    [{ BASE_URL: 'https://example.com/news#top' }, 'BASE_URL: "https://example.com/news#top" has a fragment'],
    [{ BASE_URL: 'https://example.com/news#' }, 'BASE_URL: "https://example.com/news#" has a fragment'],
    [{ BASE_URL: 'https://example.com/news?edition=uk' }, 'BASE_URL: "https://example.com/news?edition=uk" has a query'],
    [{ BASE_URL: 'https://example.com/?' }, 'BASE_URL: "https://example.com/?" has a query'],
    [{ BASE_URL: 'https://user:secret@example.com/' }, 'BASE_URL: "https://…@example.com/" has credentials'],
    [{ BASE_URL: 'https://user@example.com/' }, 'BASE_URL: "https://…@example.com/" has credentials'],
    [{ TIMEZONE: 'Europe/Atlantis' }, 'TIMEZONE: "Europe/Atlantis" is not a known IANA time zone'],
    [{ TIMEZONE: 'UTC+3' }, 'TIMEZONE: "UTC+3" is not a known IANA time zone'],
    [{ TIMEZONE: 'local' }, 'TIMEZONE: "local" is not a known IANA time zone'],
    [{ PUBLISH_HOUR: '24' }, 'PUBLISH_HOUR: "24" is not a whole number from 0 to 23'],
    [{ PUBLISH_HOUR: '6.5' }, 'PUBLISH_HOUR: "6.5" is not a whole number from 0 to 23'],
    [{ HISTORY_SIZE: '0' }, 'HISTORY_SIZE: "0" is not a whole number from 1 to 1000'],
    [{ MAX_STORIES: 'many' }, 'MAX_STORIES: "many" is not a whole number from 1 to 500'],
    // Number() reads all of these as numbers; none is a plain decimal integer.
    [{ PUBLISH_HOUR: '0x6' }, 'PUBLISH_HOUR: "0x6" is not a whole number from 0 to 23'],
    [{ PUBLISH_HOUR: '6.0' }, 'PUBLISH_HOUR: "6.0" is not a whole number from 0 to 23'],
    [{ HISTORY_SIZE: '1e1' }, 'HISTORY_SIZE: "1e1" is not a whole number from 1 to 1000'],
    [{ HISTORY_SIZE: '0b11' }, 'HISTORY_SIZE: "0b11" is not a whole number from 1 to 1000'],
    [{ MAX_STORIES: '+5' }, 'MAX_STORIES: "+5" is not a whole number from 1 to 500'],
    [{ SUMMARY_SENTENCES: '0' }, 'SUMMARY_SENTENCES: "0" is not a whole number from 1 to 10'],
    [{ MAX_STORIES: '0o7' }, 'MAX_STORIES: "0o7" is not a whole number from 1 to 500'],
  ])('rejects %o, naming the variable', (override, message) => {
    expect(() => readHandlerSettings({ ...REQUIRED, ...override })).toThrow(InvalidConfigError);
    expect(() => readHandlerSettings({ ...REQUIRED, ...override })).toThrow(message);
  });

  it('never repeats the password of a base URL with credentials in its message', () => {
    expect(() => readHandlerSettings({ ...REQUIRED, BASE_URL: 'https://user:secret@example.com/' })).toThrow(/^(?!.*secret)/s);
  });

  it('accepts a base URL with a path, and adds the closing slash', () => {
    expect(readHandlerSettings({ ...REQUIRED, BASE_URL: 'https://example.com/news' }).config.baseUrl).toBe('https://example.com/news/');
  });
});
