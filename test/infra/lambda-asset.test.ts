import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRE_BANNER, SHIPPED_MODULES } from '../../infra/constructs/function-bundling.ts';
import { startMotoServer, type MotoServer } from '../helpers/moto-server.ts';
import { createTestBucket, createTestS3Client, readTestObject, TEST_REGION } from '../helpers/s3.ts';
import { synthBriefingStack } from './synth-stack.ts';

const REPO_SEEDS = new URL('../../seeds/', import.meta.url);
const MiB = 1024 * 1024;

/** The directory of the function's bundled asset in a cloud assembly. */
function findFunctionAsset(outdir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(outdir, 'DailyBriefing.assets.json'), 'utf8')) as {
    files: Record<string, { source: { path: string; packaging: string } }>;
  };
  const dirs = Object.values(manifest.files)
    .filter((f) => f.source.packaging === 'zip')
    .map((f) => path.join(outdir, f.source.path));
  expect(dirs).toHaveLength(1);
  return dirs[0] as string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

describe('Asset: briefing function bundle', () => {
  let assetDir: string;
  beforeAll(() => {
    const outdir = mkdtempSync(path.join(tmpdir(), 'cdk-out-'));
    const { app } = synthBriefingStack({}, { bundle: true, outdir });
    app.synth();
    assetDir = findFunctionAsset(outdir);
  });

  it('is one minified ESM file with its source map, the seeds and the language model, and reports its size', () => {
    const files = listFiles(assetDir)
      .map((file) => path.relative(assetDir, file))
      .sort();
    const other = files.filter((f) => !f.startsWith('seeds/') && !f.startsWith('node_modules/'));
    // feeds.mjs: the feed stage, bundled apart and imported only when the sources list names feeds.
    expect(other).toEqual(['feeds.mjs', 'feeds.mjs.map', 'index.mjs', 'index.mjs.map', 'sources.opml']);
    const shipped = new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/')[1]));
    expect([...shipped]).toEqual([...SHIPPED_MODULES]);
    const sizes = Object.fromEntries(files.map((f) => [f, statSync(path.join(assetDir, f)).size]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    const sizeOf = (prefix: string) => files.filter((f) => f.startsWith(prefix)).reduce((sum, f) => sum + sizes[f]!, 0);
    // Deflate per file approximates the zip CDK uploads (its archiver also deflates each entry).
    const zipped = files.reduce((sum, f) => sum + deflateRawSync(readFileSync(path.join(assetDir, f))).length, 0);
    console.log(
      `Lambda asset: ${kib(total)} unpacked (index.mjs ${kib(sizes['index.mjs'] ?? 0)}, index.mjs.map ${kib(sizes['index.mjs.map'] ?? 0)}, feeds.mjs ${kib(sizes['feeds.mjs'] ?? 0)}, ` +
        `language model ${kib(sizeOf('node_modules/'))}, seeds ${kib(sizeOf('seeds/'))}), about ${kib(zipped)} zipped`,
    );
    // The language model is most of it (about 3.6 MiB). A budget, so that a heavy new dependency is a decision.
    expect(total).toBeLessThan(8 * MiB);
    expect(zipped).toBeLessThan(3 * MiB);
  });

  it('ships the repository seeds byte for byte at the asset root', () => {
    const seeds = readdirSync(REPO_SEEDS).filter((name) => !name.startsWith('.'));
    expect(seeds.length).toBeGreaterThan(0);
    for (const name of seeds) {
      expect(readFileSync(path.join(assetDir, 'seeds', name)).equals(readFileSync(new URL(name, REPO_SEEDS)))).toBe(true);
    }
  });

  it('ships a feed stage that loads on its own, as the handler imports it', () => {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(path.join(assetDir, 'feeds.mjs')).href)}); console.log(typeof m.followFeeds);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: tmpdir(),
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    expect(run.stdout.trim(), run.stderr).toBe('function');
  });

  it('ships the repository sources list byte for byte beside the seeds', () => {
    expect(readFileSync(path.join(assetDir, 'sources.opml')).equals(readFileSync(new URL('../../sources.opml', import.meta.url)))).toBe(
      true,
    );
  });

  it('defines require for CommonJS dependencies and bundles the AWS SDK instead of importing it', () => {
    const code = readFileSync(path.join(assetDir, 'index.mjs'), 'utf8');
    expect(code.startsWith(REQUIRE_BANNER)).toBe(true);
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(code).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
  });

  it('writes text as UTF-8 and leaves out the XML reader nothing calls', () => {
    const code = readFileSync(path.join(assetDir, 'index.mjs'), 'utf8');
    // The headline rules' typographic quotes, as written rather than escaped (esbuild's --charset=utf8).
    expect(code).toContain('“');
    // xml-js's reader and its sax parser: feed and the Atom writer only call js2xml.
    expect(code).not.toContain('SAXStream');
  });

  describe('Run: against a real S3 API (moto)', () => {
    let moto: MotoServer;
    beforeAll(async () => {
      moto = await startMotoServer();
    });
    afterAll(async () => {
      await moto?.stop();
    });

    it('publishes the seed briefing from the bundle alone, as Lambda would run it', async () => {
      // Prepare: a bucket, and only the environment the stack gives the function, plus Lambda's own variables.
      const client = createTestS3Client(moto.endpoint);
      const bucket = await createTestBucket(client, 'asset');
      const script = `const m = await import(${JSON.stringify(pathToFileURL(path.join(assetDir, 'index.mjs')).href)});
        const result = await m.handler({ source: 'daily-briefing.schedule' }, {});
        console.log('RESULT ' + JSON.stringify(result));`;
      const env = {
        PATH: process.env.PATH ?? '',
        LAMBDA_TASK_ROOT: assetDir,
        AWS_REGION: TEST_REGION,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_ENDPOINT_URL_S3: moto.endpoint,
        FEED_BUCKET: bucket,
        BASE_URL: 'https://d111111abcdef8.cloudfront.net/',
        POWERTOOLS_SERVICE_NAME: 'daily-briefing',
        POWERTOOLS_METRICS_NAMESPACE: 'DailyBriefing',
        NODE_OPTIONS: '--enable-source-maps',
      };

      // Act: from a directory without seeds, so only LAMBDA_TASK_ROOT/seeds can supply them.
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: tmpdir(),
        env,
        encoding: 'utf8',
        timeout: 90_000,
      });

      // Assess: the seed article's date (2023-11-06, in the past whatever the clock says) is published.
      const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      expect(line, run.stderr).toBeDefined();
      const result = JSON.parse((line ?? '').slice('RESULT '.length)) as { published: string[]; rejected: unknown[] };
      expect(result.published).toContain('2023-11-06');
      expect(result.rejected).toEqual([]);
      const feed = new TextDecoder().decode(await readTestObject(client, bucket, 'feed.xml'));
      expect(feed).toContain('https://d111111abcdef8.cloudfront.net/briefings/2023-11-06.html');
      expect(await readTestObject(client, bucket, 'manifest.json')).toBeDefined();
    });
  });
});
