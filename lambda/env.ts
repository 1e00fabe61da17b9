import { join } from 'node:path';
import { parseConfig, type BriefingConfig } from './core/config.ts';
import { InvalidConfigError } from './core/errors.ts';

/** The Lambda's settings, read from its environment. */
export interface HandlerSettings {
  /** The bucket that holds `articles/` and the published site. */
  readonly bucket: string;
  /** The folder of articles shipped with the function. */
  readonly seedsDir: string;
  /** The sources list (OPML) shipped with the function, and whether it must exist (SOURCES_FILE was set). */
  readonly sources: { readonly file: string; readonly required: boolean };
  readonly config: BriefingConfig;
}

/**
 * Reads and validates the handler's environment, failing fast with the variable's name.
 * @throws InvalidConfigError naming the variable, the bad value and the fix
 */
export function readHandlerSettings(env: NodeJS.ProcessEnv): HandlerSettings {
  const bucket = env.FEED_BUCKET?.trim();
  if (!bucket) throw new InvalidConfigError('FEED_BUCKET', 'is required: the name of the S3 bucket to publish to');
  const config = parseConfig(
    {
      baseUrl: env.BASE_URL,
      timezone: env.TIMEZONE,
      publishHour: env.PUBLISH_HOUR,
      historySize: env.HISTORY_SIZE,
      title: env.FEED_TITLE,
      maxStories: env.MAX_STORIES,
      summarySentences: env.SUMMARY_SENTENCES,
    },
    {
      baseUrl: 'BASE_URL',
      timezone: 'TIMEZONE',
      publishHour: 'PUBLISH_HOUR',
      historySize: 'HISTORY_SIZE',
      title: 'FEED_TITLE',
      maxStories: 'MAX_STORIES',
      summarySentences: 'SUMMARY_SENTENCES',
    },
  );
  // In Lambda the seeds ship at the root of the function's code; from a checkout, ./seeds.
  const seedsDir = env.SEEDS_DIR?.trim() || (env.LAMBDA_TASK_ROOT ? join(env.LAMBDA_TASK_ROOT, 'seeds') : './seeds');
  const sourcesFile = env.SOURCES_FILE?.trim();
  const sources = {
    file: sourcesFile || (env.LAMBDA_TASK_ROOT ? join(env.LAMBDA_TASK_ROOT, 'sources.opml') : './sources.opml'),
    required: Boolean(sourcesFile),
  };
  return { bucket, seedsDir, sources, config };
}
