import { parseConfig, type BriefingConfig } from '../../lambda/core/config.ts';
import { STORY_TEXT } from './articles.ts';

/** A fixed "now" after every date of {@link INTERRUPTED_RUN_ARTICLES}. */
export const INTERRUPTED_RUN_NOW = new Date('2023-11-09T12:00:00Z');

/** Three dates, so a run writes pages, data files, feeds and the manifest. */
export const INTERRUPTED_RUN_ARTICLES: Record<string, string> = {
  'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}`,
  'b.txt': `date 2023-11-07\n${STORY_TEXT.rail}`,
  'c.txt': `date 2023-11-08\n${STORY_TEXT.market}`,
};

/** The settings of the interrupted-run scenario, differing only by title (a change that rewrites every file). */
export function interruptedRunConfig(title: string): BriefingConfig {
  return parseConfig(
    { baseUrl: 'https://news.example.org/', title },
    {
      baseUrl: 'BASE_URL',
      timezone: 'TIMEZONE',
      publishHour: 'PUBLISH_HOUR',
      historySize: 'HISTORY_SIZE',
      title: 'FEED_TITLE',
      maxStories: 'MAX_STORIES',
    },
  );
}
