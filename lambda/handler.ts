import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { S3Client } from '@aws-sdk/client-s3';
import { createFolderSource } from './adapters/folder-source.ts';
import { createInProcessComposer } from './adapters/in-process-composer.ts';
import { createS3ArticleSource } from './adapters/s3-article-source.ts';
import { createS3Store } from './adapters/s3-store.ts';
import type { TimeBudget } from './compose-days.ts';
import { METRIC_NAMES, METRICS_NAMESPACE, SERVICE_NAME } from './core/telemetry.ts';
import { readHandlerSettings } from './env.ts';
import type { FeedsReport } from './feeds/ingest-feeds.ts';
import { listsFeeds } from './feeds/lists-feeds.ts';
import type { DayComposer } from './ports/day-composer.ts';
import type { HttpFetcher } from './ports/http-fetcher.ts';
import { runBriefing, type RunReport } from './run-briefing.ts';

/** What the handler is built from; tests pass their own client, clock and environment. */
export interface HandlerDependencies {
  readonly s3: S3Client;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** @default () => new Date() */
  readonly clock?: () => Date;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Fetches the feeds of the sources list. @default public addresses only (see createHttpFetcher) */
  readonly fetcher?: HttpFetcher;
  /** @default composes in the calling thread (the function has one vCPU) */
  readonly composer?: DayComposer;
}

/** The part of the Lambda context the handler reads. */
export interface LambdaContextLike {
  getRemainingTimeInMillis(): number;
}

/** The time left, from a Lambda context; none from a caller (a test, a local invoke) that passes no real context. */
function timeBudgetOf(context: Partial<LambdaContextLike> | undefined): TimeBudget | undefined {
  const remaining = context?.getRemainingTimeInMillis;
  return typeof remaining === 'function' ? { remainingMs: () => remaining.call(context) } : undefined;
}

/** Some days could not be composed; the others were published. Thrown so the scheduler retries and dead-letters. */
export class DaysFailedError extends Error {
  override readonly name = 'DaysFailedError';
  constructor(readonly failed: RunReport['failed']) {
    super(
      `${failed.length} day(s) failed to compose and kept their last published version: ${failed.map((f) => `${f.date} (${f.reason})`).join('; ')}`,
    );
  }
}

// Bundled, the feed stage is its own file beside index.mjs (infra/constructs/function-bundling.ts), imported only
// when the sources list names feeds; run from source, it is the module itself. A computed specifier keeps esbuild out of it.
const FEEDS_MODULE = import.meta.url.endsWith('.ts') ? './feeds/follow-feeds.ts' : './feeds.mjs';
const loadFeedStage = () => import(FEEDS_MODULE) as Promise<typeof import('./feeds/follow-feeds.ts')>;

/** Feeds not started this long after the run began wait for the next run, leaving the rest of the timeout to compose. */
const FETCH_BUDGET_MS = 60_000;

/** What one invocation returns (and logs). */
export type HandlerResult = Omit<RunReport, 'written' | 'ignored'> & {
  readonly written: number;
  /** How many objects were ignored for their name (not `.txt`), and the first few of them. */
  readonly ignored: { readonly count: number; readonly first: readonly string[] };
  readonly durationMs: number;
  /** What the feed fetch did, when the sources list has feeds. */
  readonly feeds?: Omit<FeedsReport, 'written'> & { readonly written: number };
};

/** Builds the scheduled handler: one briefing run against S3, logged once, with metrics; errors are rethrown. */
export function createHandler({
  s3,
  logger,
  metrics,
  clock = () => new Date(),
  env = process.env,
  composer,
  fetcher,
}: HandlerDependencies) {
  return async function handler(_event?: unknown, context?: Partial<LambdaContextLike>): Promise<HandlerResult> {
    const started = performance.now();
    try {
      const { bucket, seedsDir, sources, config } = readHandlerSettings(env);
      const store = createS3Store({ client: s3, bucket });
      // Fetch first: the articles it writes under articles/ are composed by the same run.
      const feeds =
        sources.required || (await listsFeeds(sources.file))
          ? await (await loadFeedStage()).followFeeds({
              sources,
              store,
              fetcher,
              clock,
              timezone: config.timezone,
              deadline: () => performance.now() - started > FETCH_BUDGET_MS,
            })
          : undefined;
      const report = await runBriefing({
        sources: [createFolderSource({ dir: seedsDir }), createS3ArticleSource({ client: s3, bucket })],
        store,
        clock,
        config,
        logger,
        // One vCPU: worker threads would only add their start-up time.
        composer: composer ?? createInProcessComposer(),
        // Newest days first, and none started that the time left cannot finish; the rest wait for the next run.
        timeBudget: timeBudgetOf(context),
      });
      const ignored = { count: report.ignored.length, first: report.ignored.slice(0, 20) };
      const feedsResult = feeds && { ...feeds, written: feeds.written.length };
      const result = {
        ...report,
        written: report.written.length,
        ignored,
        ...(feedsResult && { feeds: feedsResult }),
        durationMs: Math.round(performance.now() - started),
      };
      logger.info('Briefing run finished', { ...result });
      metrics.addMetric(METRIC_NAMES.articlesRejected, MetricUnit.Count, report.rejected.length);
      metrics.addMetric(METRIC_NAMES.briefingsPublished, MetricUnit.Count, report.published.length);
      metrics.addMetric(METRIC_NAMES.briefingsUpdated, MetricUnit.Count, report.updated.length);
      metrics.addMetric(METRIC_NAMES.daysFailed, MetricUnit.Count, report.failed.length);
      metrics.addMetric(METRIC_NAMES.daysDeferred, MetricUnit.Count, report.deferred.length);
      metrics.addMetric(METRIC_NAMES.feedsFailed, MetricUnit.Count, feeds?.failed.length ?? 0);
      metrics.addMetric(METRIC_NAMES.feedsFailedFor24Hours, MetricUnit.Count, feeds?.failingFor24Hours ?? 0);
      // The other days are published; failing now lets the scheduler's retries and dead-letter queue see it.
      if (report.failed.length > 0) throw new DaysFailedError(report.failed);
      metrics.addMetric(METRIC_NAMES.successfulRuns, MetricUnit.Count, 1);
      return result;
    } catch (error) {
      // Log once and rethrow, so the scheduler's retry policy (and the error alarm) sees the failure.
      logger.error('Briefing run failed', { error, durationMs: Math.round(performance.now() - started) });
      throw error;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

// Built once per container: the client picks up AWS_ENDPOINT_URL_S3 and the region from the environment.
// The SDK waits forever for a frozen connection by default; bounded timeouts turn a hung S3 into a failed,
// retried run well before the function's own timeout.
/** The Lambda entry point. */
export const handler = createHandler({
  s3: new S3Client({ requestHandler: { connectionTimeout: 3_000, requestTimeout: 5_000, throwOnRequestTimeout: true } }),
  logger: new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? SERVICE_NAME }),
  metrics: new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? METRICS_NAMESPACE, serviceName: SERVICE_NAME }),
});
