import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { createFsStore } from '../../lambda/adapters/fs-store.ts';
import { createS3ArticleSource } from '../../lambda/adapters/s3-article-source.ts';
import { createS3Store } from '../../lambda/adapters/s3-store.ts';
import { ARTICLE_INDEX_KEY } from '../../lambda/core/article-index.ts';
import { mapConcurrently } from '../../lambda/map-concurrently.ts';
import { PreconditionFailedError, type FeedStore, type PutOptions } from '../../lambda/ports/feed-store.ts';
import { runBriefing } from '../../lambda/run-briefing.ts';
import { ARTICLES, FIXED_NOW, TEST_CONFIG } from '../helpers/s3-run.ts';
import { createTestBucket, createTestS3Client, headTestObject, putTestObject } from '../helpers/s3.ts';

const CONFLICT_XML =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>ConditionalRequestConflict</Code>' +
  '<Message>A conflicting operation occurred.</Message></Error>';
const HTML: PutOptions = { contentType: 'text/html; charset=utf-8', cacheControl: 'public, max-age=300' };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const quotedMd5 = (bytes: Uint8Array): string => `"${createHash('md5').update(bytes).digest('hex')}"`;
/** Every byte value, including NUL, CR, LF and bytes that are not UTF-8: a text-only store would mangle these. */
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

/** A store under test, with whatever it needs removed afterwards. */
interface StoreFixture {
  readonly store: FeedStore;
  cleanup(): Promise<void>;
}

/** The one behaviour every {@link FeedStore} adapter must have; run once per adapter. */
function describeFeedStoreContract(adapter: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`FeedStore contract: ${adapter}`, () => {
    let fixture: StoreFixture;
    let store: FeedStore;
    beforeEach(async () => {
      fixture = await makeStore();
      store = fixture.store;
    });
    afterEach(() => fixture.cleanup());

    it('returns undefined for a missing key', async () => {
      expect(await store.get('feed.xml')).toBeUndefined();
    });

    it('round-trips every byte value unchanged', async () => {
      await store.put('blob.bin', ALL_BYTES, HTML);
      const read = await store.get('blob.bin');
      expect(read && Array.from(read.body)).toEqual(Array.from(ALL_BYTES));
    });

    it('gives the quoted MD5 of the content as the ETag, on put and on get', async () => {
      const body = encode('<p>Wang Yi met Sergei Lavrov</p>');
      const { etag } = await store.put('briefings/2023-11-06.html', body, HTML);
      expect(etag).toBe(quotedMd5(body));
      expect((await store.get('briefings/2023-11-06.html'))?.etag).toBe(etag);
    });

    it('replaces an object on an unconditional put', async () => {
      await store.put('index.html', encode('old'), HTML);
      await store.put('index.html', encode('new'), HTML);
      const read = await store.get('index.html');
      expect(read && new TextDecoder().decode(read.body)).toBe('new');
    });

    it('creates a new key with ifNoneMatch "*"', async () => {
      const { etag } = await store.put('manifest.json', encode('{}'), { ...HTML, ifNoneMatch: '*' });
      expect((await store.get('manifest.json'))?.etag).toBe(etag);
    });

    it('rejects ifNoneMatch "*" on an existing key, leaving it as it was', async () => {
      await store.put('manifest.json', encode('{"v":1}'), HTML);
      await expect(store.put('manifest.json', encode('{"v":2}'), { ...HTML, ifNoneMatch: '*' })).rejects.toBeInstanceOf(
        PreconditionFailedError,
      );
      const read = await store.get('manifest.json');
      expect(read && new TextDecoder().decode(read.body)).toBe('{"v":1}');
    });

    it('writes with ifMatch set to the current ETag', async () => {
      const first = await store.put('manifest.json', encode('{"v":1}'), HTML);
      const second = await store.put('manifest.json', encode('{"v":2}'), { ...HTML, ifMatch: first.etag });
      expect((await store.get('manifest.json'))?.etag).toBe(second.etag);
    });

    it('rejects ifMatch with a stale ETag, naming the key', async () => {
      const first = await store.put('manifest.json', encode('{"v":1}'), HTML);
      await store.put('manifest.json', encode('{"v":2}'), HTML);
      const attempt = store.put('manifest.json', encode('{"v":3}'), { ...HTML, ifMatch: first.etag });
      await expect(attempt).rejects.toThrow(PreconditionFailedError);
      await expect(attempt).rejects.toMatchObject({ key: 'manifest.json' });
      const read = await store.get('manifest.json');
      expect(read && new TextDecoder().decode(read.body)).toBe('{"v":2}');
    });

    it('rejects ifMatch on a key that does not exist', async () => {
      const attempt = store.put('manifest.json', encode('{}'), { ...HTML, ifMatch: quotedMd5(encode('{}')) });
      await expect(attempt).rejects.toBeInstanceOf(PreconditionFailedError);
      expect(await store.get('manifest.json')).toBeUndefined();
    });

    it('holds no local path, bucket name or article key in any file a briefing run publishes', async () => {
      // Prepare: articles in nested folders on disk and under nested keys in a bucket, as the handler reads them.
      const seeds = await mkdtemp(join(tmpdir(), 'private-seeds-'));
      await mkdir(join(seeds, '2023', '11'), { recursive: true });
      await writeFile(join(seeds, '2023', '11', 'seed-harbour.txt'), ARTICLES.seedNov6);
      const client = createTestS3Client(inject('s3Endpoint'));
      const articleBucket = await createTestBucket(client, 'private-articles');
      await putTestObject(client, articleBucket, 'articles/2023/11/07/rates-held.txt', ARTICLES.bucketNov7);
      await putTestObject(client, articleBucket, 'articles/2023/olive-harvest.txt', ARTICLES.bucketNov6);
      const written = new Set<string>();
      const recording: FeedStore = {
        ...store,
        put: (key, body, options) => {
          written.add(key);
          return store.put(key, body, options);
        },
      };

      // Act
      const report = await runBriefing({
        sources: [createFolderSource({ dir: seeds }), createS3ArticleSource({ client, bucket: articleBucket })],
        store: recording,
        clock: () => FIXED_NOW,
        config: TEST_CONFIG,
        composer: createInProcessComposer(),
      });

      // Assess: every output, read back from the store, names none of where the articles were kept.
      expect(report.articlesUsed).toBe(3);
      expect([...written]).toEqual(
        expect.arrayContaining(['briefings/2023-11-06.json', 'briefings/2023-11-07.json', 'feed.xml', 'manifest.json']),
      );
      const secrets = [seeds, tmpdir(), articleBucket, 's3://', 'articles/', 'seed-harbour', 'rates-held', 'olive-harvest', '.txt'];
      // The article index is the one file that must name the keys (it maps each to its ETag); it is never served.
      expect(written).toContain(ARTICLE_INDEX_KEY);
      for (const key of [...written].filter((k) => k !== ARTICLE_INDEX_KEY)) {
        const text = new TextDecoder().decode((await store.get(key))?.body);
        expect(text.length, key).toBeGreaterThan(0);
        for (const secret of secrets) expect(text, `${key} contains ${secret}`).not.toContain(secret);
      }
      const data = JSON.parse(new TextDecoder().decode((await store.get('briefings/2023-11-06.json'))?.body)) as {
        stories: { articleIds: string[] }[];
      };
      expect(data.stories.flatMap((story) => story.articleIds)).toEqual([
        expect.stringMatching(/^[0-9a-f]{16}$/),
        expect.stringMatching(/^[0-9a-f]{16}$/),
      ]);
      client.destroy();
      await rm(seeds, { recursive: true, force: true });
    });

    it('keeps nested keys apart', async () => {
      await store.put('briefings/2023-11-06.html', encode('six'), HTML);
      await store.put('briefings/2023-11-07.html', encode('seven'), HTML);
      await store.put('a/b/c/deep.html', encode('deep'), HTML);
      const six = await store.get('briefings/2023-11-06.html');
      const deep = await store.get('a/b/c/deep.html');
      expect(six && new TextDecoder().decode(six.body)).toBe('six');
      expect(deep && new TextDecoder().decode(deep.body)).toBe('deep');
      expect(await store.get('briefings/2023-11-08.html')).toBeUndefined();
    });

    it('gives the current ETag of each existing key, on the top level and in folders, leaving out missing keys', async () => {
      const feed = await store.put('feed.xml', encode('<rss/>'), HTML);
      const page = await store.put('briefings/2023-11-06.html', encode('six'), HTML);
      const replaced = await store.put('briefings/2023-11-06.html', encode('six, updated'), HTML);
      await store.put('articles/a.txt', encode('date 2023-11-06\nnot asked for'), HTML);
      const etags = await store.etags(['feed.xml', 'briefings/2023-11-06.html', 'briefings/2023-11-07.html', 'index.html']);
      expect(etags).toEqual(
        new Map([
          ['feed.xml', feed.etag],
          ['briefings/2023-11-06.html', replaced.etag],
        ]),
      );
      expect(replaced.etag).not.toBe(page.etag);
    });

    it('gives the ETags of more keys than one S3 list page holds', async () => {
      const keys = Array.from({ length: 1005 }, (_, i) => `briefings/${String(i).padStart(4, '0')}.json`);
      await mapConcurrently(keys, 16, (key) => store.put(key, encode(key), HTML));
      const etags = await store.etags(keys);
      expect(etags.size).toBe(1005);
      expect(etags.get('briefings/1004.json')).toBe(quotedMd5(encode('briefings/1004.json')));
    }, 60_000);
  });
}

async function makeFsStore(): Promise<StoreFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'store-contract-'));
  return { store: createFsStore({ dir }), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function makeS3Store(): Promise<StoreFixture> {
  const client = createTestS3Client(inject('s3Endpoint'));
  const bucket = await createTestBucket(client, 'contract');
  return { store: createS3Store({ client, bucket }), cleanup: async () => client.destroy() };
}

describeFeedStoreContract('filesystem (createFsStore)', makeFsStore);
describeFeedStoreContract('S3 on moto (createS3Store)', makeS3Store);

describe('FeedStore: filesystem and S3 agree', () => {
  it('gives the same ETag for the same bytes', async () => {
    const fs = await makeFsStore();
    const s3 = await makeS3Store();
    try {
      const body = encode('Daily Briefing — 6 November 2023 · 中国 · <script>');
      const [fromFs, fromS3] = await Promise.all([fs.store.put('feed.xml', body, HTML), s3.store.put('feed.xml', body, HTML)]);
      expect(fromS3.etag).toBe(fromFs.etag);
      expect((await s3.store.get('feed.xml'))?.etag).toBe((await fs.store.get('feed.xml'))?.etag);
    } finally {
      await Promise.all([fs.cleanup(), s3.cleanup()]);
    }
  });
});

describe('Function: createS3Store', () => {
  it('stores Content-Type and Cache-Control with the object', async () => {
    const client = createTestS3Client(inject('s3Endpoint'));
    const bucket = await createTestBucket(client, 's3store');
    const store = createS3Store({ client, bucket });
    await store.put('feed.xml', encode('<rss/>'), {
      contentType: 'application/rss+xml; charset=utf-8',
      cacheControl: 'public, max-age=300',
    });
    const head = await headTestObject(client, bucket, 'feed.xml');
    expect(head.ContentType).toBe('application/rss+xml; charset=utf-8');
    expect(head.CacheControl).toBe('public, max-age=300');
    client.destroy();
  });

  it('rejects a failed condition with the S3 error as its cause', async () => {
    const client = createTestS3Client(inject('s3Endpoint'));
    const bucket = await createTestBucket(client, 's3store');
    const store = createS3Store({ client, bucket });
    await store.put('manifest.json', encode('{}'), HTML);
    const error = await store.put('manifest.json', encode('{}'), { ...HTML, ifNoneMatch: '*' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect((error as PreconditionFailedError).cause).toMatchObject({ name: 'PreconditionFailed', $metadata: { httpStatusCode: 412 } });
    client.destroy();
  });

  it('rejects a 409 ConditionalRequestConflict as a failed condition', async () => {
    // moto never answers 409, so answer it on S3's behalf: the raw response S3 sends when a concurrent
    // conditional write to the same key wins (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html).
    const client = createTestS3Client(inject('s3Endpoint'));
    const bucket = await createTestBucket(client, 's3store');
    const store = createS3Store({ client, bucket });
    const { etag } = await store.put('manifest.json', encode('{}'), HTML);
    client.middlewareStack.addRelativeTo(
      () => async () => ({
        response: {
          statusCode: 409,
          headers: { 'content-type': 'application/xml' },
          body: Readable.from([CONFLICT_XML]),
        },
      }),
      { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'answer409' },
    );
    const error = await store.put('manifest.json', encode('{"v":2}'), { ...HTML, ifMatch: etag }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect((error as PreconditionFailedError).cause).toMatchObject({
      name: 'ConditionalRequestConflict',
      $metadata: { httpStatusCode: 409 },
    });
    client.destroy();
  });

  it('fails with the S3 error when the bucket does not exist', async () => {
    const client = createTestS3Client(inject('s3Endpoint'));
    const store = createS3Store({ client, bucket: 'no-such-bucket-for-this-test' });
    await expect(store.get('feed.xml')).rejects.toMatchObject({ name: 'NoSuchBucket' });
    client.destroy();
  });
});
