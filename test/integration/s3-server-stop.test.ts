import { randomUUID } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { captureOutput, makeTestHandler, type CapturedOutput } from '../helpers/s3-handler.ts';
import { BASE_URL, makeSeedsDir, publishDayOneThenAddArticles } from '../helpers/s3-run.ts';
import { checkSite, manifestMismatches, snapshotBucket } from '../helpers/s3-site.ts';
import { countCalls, createTestS3Client } from '../helpers/s3.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';

// "The S3 server stops mid-run": the handler's client talks to moto through a relay, and the relay is taken down
// just before the run's Nth upload, so that upload and everything after it find no server (connection refused,
// through the SDK's own retries). moto keeps its objects only in memory, so the relay, not moto, is stopped: the
// repair run then finds exactly what the interrupted run left.
const endpoint = inject('s3Endpoint');
const seedsDir = await makeSeedsDir();

// How many uploads a clean run of the scenario makes.
const cleanPuts = await (async () => {
  const client = createTestS3Client(endpoint);
  const bucket = await publishDayOneThenAddArticles(client, seedsDir, 'stop');
  const calls = countCalls(client);
  const quiet = captureOutput(); // the clean run's log line is not what this file is about
  await makeTestHandler({ client, bucket, seedsDir })().finally(() => quiet.restore());
  client.destroy();
  return calls.of('PutObjectCommand');
})();

/** Takes the relay down just before the client's Nth PutObject. */
function stopServerBeforePut(client: S3Client, proxy: TcpProxy, n: number): void {
  let puts = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'PutObjectCommand' && ++puts === n) await proxy.stop();
      return next(args);
    },
    { step: 'initialize', name: `stopServer-${randomUUID()}` },
  );
}

describe('Faults: the S3 server stops in the middle of a handler run', () => {
  let direct: S3Client;
  let proxy: TcpProxy;
  let output: CapturedOutput;
  beforeEach(async () => {
    direct = createTestS3Client(endpoint);
    proxy = await startTcpProxy(endpoint);
    output = captureOutput();
  });
  afterEach(async () => {
    output.restore();
    direct.destroy();
    await proxy.stop();
  });

  it.for(Array.from({ length: cleanPuts }, (_, i) => i + 1))(
    'fails when the server stops before upload #%i, leaves a valid feed, and the next run repairs it',
    async (n) => {
      // Prepare: the SDK's default retries (3 attempts) are on, as in Lambda
      const bucket = await publishDayOneThenAddArticles(direct, seedsDir, 'stop');
      const before = await checkSite(await snapshotBucket(direct, bucket), BASE_URL);
      const viaRelay = createTestS3Client(proxy.endpoint, { maxAttempts: 3 });
      stopServerBeforePut(viaRelay, proxy, n);

      // Act
      const attempt = makeTestHandler({ client: viaRelay, bucket, seedsDir })();

      // Assess: the handler throws a connection error and logs it once; what is published still reads as valid
      await expect(attempt).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      expect(output.logs('Briefing run failed')).toHaveLength(1);
      const wounded = await checkSite(await snapshotBucket(direct, bucket), BASE_URL);
      expect(wounded.problems).toEqual([]);
      expect(wounded.items.rss).toEqual(expect.arrayContaining([...before.items.rss]));

      // Act + Assess: the server is back; the next scheduled run finishes the work
      await proxy.start();
      const result = await makeTestHandler({ client: viaRelay, bucket, seedsDir })();
      // The last upload is the article index, after the manifest: the site was already complete, only the cache was lost.
      expect(result.unchanged).toEqual(n === cleanPuts ? ['2023-11-06', '2023-11-07'] : []);
      const site = await snapshotBucket(direct, bucket);
      const repaired = await checkSite(site, BASE_URL);
      expect(repaired.problems).toEqual([]);
      expect(repaired.items.rss).toHaveLength(2);
      expect(manifestMismatches(site)).toEqual([]);
      viaRelay.destroy();
    },
  );
});
