import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import { vi } from 'vitest';
import { createHandler } from '../../lambda/handler.ts';
import type { DayComposer } from '../../lambda/ports/day-composer.ts';
import { BASE_URL, FIXED_NOW } from './s3-run.ts';

/** What the handler needs in a test: a client (with any middleware), the bucket, the seeds, a fixed clock. */
export interface TestHandlerOptions {
  readonly client: S3Client;
  readonly bucket: string;
  readonly seedsDir: string;
  /** @default FIXED_NOW */
  readonly now?: Date;
  /** @default the handler's own (in the calling thread) */
  readonly composer?: DayComposer;
}

/** The real handler, built with real Powertools Logger and Metrics, over a test client and environment. */
export function makeTestHandler({
  client,
  bucket,
  seedsDir,
  now = FIXED_NOW,
  composer,
}: TestHandlerOptions): ReturnType<typeof createHandler> {
  return createHandler({
    s3: client,
    logger: new Logger({ serviceName: 'daily-briefing-test' }),
    metrics: new Metrics({ namespace: 'DailyBriefingTest', serviceName: 'daily-briefing-test' }),
    clock: () => now,
    env: { FEED_BUCKET: bucket, BASE_URL, SEEDS_DIR: seedsDir },
    composer,
  });
}

/** The JSON lines a Lambda would send to CloudWatch (Powertools writes them to stdout and stderr). */
export interface CapturedOutput {
  /** Every line that parsed as JSON, in order. */
  records(): Record<string, unknown>[];
  /** Log records (from the Logger) with this message. */
  logs(message: string): Record<string, unknown>[];
  /** EMF metric records: each has an `_aws.CloudWatchMetrics` block. */
  metrics(): Record<string, unknown>[];
  restore(): void;
}

/** Captures what the process writes to stdout and stderr, to read the handler's log line and EMF metrics. */
export function captureOutput(): CapturedOutput {
  const chunks: string[] = [];
  const spies = [process.stdout, process.stderr].map((stream) =>
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
      return true;
    }),
  );
  const records = (): Record<string, unknown>[] =>
    chunks
      .join('')
      .split('\n')
      .flatMap((line) => {
        try {
          const value: unknown = JSON.parse(line);
          return typeof value === 'object' && value !== null ? [value as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      });
  return {
    records,
    logs: (message) => records().filter((r) => r.message === message),
    metrics: () => records().filter((r) => typeof r._aws === 'object'),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
