/**
 * What the article index saves: the article GETs (and time) of three runs over one bucket of DAYS × PER_DAY
 * articles on a local moto server — the first (no index: every article read), a re-run over the unchanged bucket,
 * and a run after one article changed. `npm run bench:index [-- DAYS PER_DAY]`.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapConcurrently } from '../../lambda/map-concurrently.ts';
import { backFillArticle, datesBack } from '../helpers/back-fill.ts';
import { startMotoServer } from '../helpers/moto-server.ts';
import { runOnS3 } from '../helpers/s3-run.ts';
import { createTestBucket, createTestS3Client, putTestObject } from '../helpers/s3.ts';

const [days = 365, perDay = 5] = process.argv.slice(2).map(Number);
const dates = datesBack(days);

const moto = await startMotoServer();
try {
  const client = createTestS3Client(moto.endpoint);
  const bucket = await createTestBucket(client, 'bench-index');
  const keys = dates.flatMap((date) => Array.from({ length: perDay }, (_, n) => ({ date, n })));
  await mapConcurrently(keys, 16, ({ date, n }) => putTestObject(client, bucket, `articles/${date}/a${n}.txt`, backFillArticle(date, n)));
  let gets = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand' && (args.input as { Key?: string }).Key?.startsWith('articles/')) gets += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countArticleGets' },
  );
  const seedsDir = await mkdtemp(join(tmpdir(), 'bench-seeds-'));
  const measure = async (label: string) => {
    gets = 0;
    const started = performance.now();
    const report = await runOnS3({ client, bucket, seedsDir });
    const ms = Math.round(performance.now() - started);
    console.log(`| ${label} | ${gets} | ${ms} | ${report.published.length} published, ${report.updated.length} updated |`);
  };
  console.log(`${days} days × ${perDay} articles (${keys.length}) on moto\n\n| run | article GETs | ms | outcome |\n|---|---|---|---|`);
  await measure('first (no index)');
  await measure('re-run, unchanged');
  await putTestObject(client, bucket, `articles/${dates[3]}/a0.txt`, backFillArticle(dates[3]!, 0, ' on Tuesday'));
  await measure('one article changed');
  client.destroy();
} finally {
  await moto.stop();
}
