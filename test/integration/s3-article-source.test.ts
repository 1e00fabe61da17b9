import type { S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createS3ArticleSource } from '../../lambda/adapters/s3-article-source.ts';
import { MAX_ARTICLE_BYTES, TOO_LARGE_REASON } from '../../lambda/core/article-limits.ts';
import { countCalls, createTestBucket, createTestS3Client, putTestObject } from '../helpers/s3.ts';

const ARTICLE = 'date 2023-11-06\nWang Yi met Sergei Lavrov in Beijing.\n';

describe('Function: createS3ArticleSource', () => {
  let client: S3Client;
  let bucket: string;
  beforeEach(async () => {
    client = createTestS3Client(inject('s3Endpoint'));
    bucket = await createTestBucket(client, 'articles');
  });
  afterEach(() => client.destroy());

  it('lists *.txt objects at any depth under articles/, named s3://bucket/key, in key order', async () => {
    // Prepare
    const keys = {
      'articles/b.txt': ARTICLE,
      'articles/a.txt': ARTICLE,
      'articles/2023/101_port_strike.txt': ARTICLE,
      'articles/2023/11/07/x.txt': ARTICLE,
      'articles/.hidden.txt': ARTICLE,
      'articles/.trash/old.txt': ARTICLE,
      'articles/2023/.drafts/11/y.txt': ARTICLE,
      'articles/2023/11/.z.txt': ARTICLE,
      'articles/': '',
      'articles/2023/': '',
      'other/c.txt': ARTICLE,
      'articles.txt': ARTICLE,
    };
    for (const [key, body] of Object.entries(keys)) await putTestObject(client, bucket, key, body);

    // Act
    const listing = await createS3ArticleSource({ client, bucket }).list();

    // Assess
    const names = ['articles/2023/101_port_strike.txt', 'articles/2023/11/07/x.txt', 'articles/a.txt', 'articles/b.txt'];
    expect(listing.files.map((f) => f.name)).toEqual(names.map((key) => `s3://${bucket}/${key}`));
    expect(new TextDecoder().decode(listing.files[0]?.bytes)).toBe(ARTICLE);
    expect(listing.rejected).toEqual([]);
    expect(listing.ignored).toEqual([]);
  });

  it('reports visible objects not ending in .txt as ignored, and skips hidden ones without a word', async () => {
    // Prepare
    for (const key of [
      'articles/notes.md',
      'articles/2023/11/page.html',
      'articles/2023/scan.TXT',
      'articles/.DS_Store',
      'articles/.git/config',
      'articles/ok.txt',
    ]) {
      await putTestObject(client, bucket, key, ARTICLE);
    }

    // Act
    const listing = await createS3ArticleSource({ client, bucket }).list();

    // Assess
    expect(listing.files.map((f) => f.name)).toEqual([`s3://${bucket}/articles/ok.txt`]);
    expect(listing.ignored).toEqual(
      ['articles/2023/11/page.html', 'articles/2023/scan.TXT', 'articles/notes.md'].map((key) => `s3://${bucket}/${key}`),
    );
  });

  // Also the pagination test: ListObjectsV2 returns at most 1,000 keys a page.
  it('reads 2,500 keys in nested prefixes, following continuation tokens across three listing pages', { timeout: 240_000 }, async () => {
    // Prepare: 2,500 keys spread over a year of day folders; every 10th is a .md, every 25th hidden.
    const keys = Array.from({ length: 2500 }, (_, i) => {
      const day = `articles/2023/${String((i % 12) + 1).padStart(2, '0')}/${String((i % 28) + 1).padStart(2, '0')}`;
      const name = `${String(i).padStart(4, '0')}`;
      return i % 25 === 0 ? `${day}/.${name}.txt` : i % 10 === 0 ? `${day}/${name}.md` : `${day}/${name}.txt`;
    });
    for (let i = 0; i < keys.length; i += 100) {
      await Promise.all(keys.slice(i, i + 100).map((key) => putTestObject(client, bucket, key, ARTICLE)));
    }
    const calls = countCalls(client);

    // Act
    const listing = await createS3ArticleSource({ client, bucket }).list();

    // Assess
    const visible = keys.filter((key) => !key.split('/').pop()!.startsWith('.'));
    const articles = visible.filter((key) => key.endsWith('.txt')).sort();
    expect(calls.of('ListObjectsV2Command')).toBe(3);
    expect(listing.files.map((f) => f.name)).toEqual(articles.map((key) => `s3://${bucket}/${key}`));
    expect(listing.files.every((f) => new TextDecoder().decode(f.bytes) === ARTICLE)).toBe(true);
    expect(listing.ignored).toHaveLength(visible.length - articles.length);
    expect(articles.length + (listing.ignored?.length ?? 0) + keys.length - visible.length).toBe(2500);
  });

  it('reads another prefix when told to', async () => {
    await putTestObject(client, bucket, 'inbox/x.txt', ARTICLE);
    await putTestObject(client, bucket, 'articles/y.txt', ARTICLE);
    const listing = await createS3ArticleSource({ client, bucket, prefix: 'inbox/' }).list();
    expect(listing.files.map((f) => f.name)).toEqual([`s3://${bucket}/inbox/x.txt`]);
  });

  it('passes an empty object on as a file, for the parser to reject with its reason', async () => {
    await putTestObject(client, bucket, 'articles/empty.txt', '');
    const listing = await createS3ArticleSource({ client, bucket }).list();
    expect(listing.files).toEqual([{ name: `s3://${bucket}/articles/empty.txt`, bytes: new Uint8Array(), etag: expect.any(String) }]);
  });

  it('lists an object whose ETag the caller knows as unchanged, without downloading it, and reads it alone on demand', async () => {
    await putTestObject(client, bucket, 'articles/a.txt', ARTICLE);
    await putTestObject(client, bucket, 'articles/b.txt', ARTICLE);
    const source = createS3ArticleSource({ client, bucket });
    const first = await source.list();
    const a = first.files.find((f) => f.name.endsWith('/a.txt'))!;
    const known = new Map([
      [a.name, a.etag!],
      [`s3://${bucket}/articles/b.txt`, '"stale"'],
    ]);
    const second = await source.list({ known });
    expect(second.unchanged).toEqual([{ name: a.name, etag: a.etag }]);
    expect(second.files.map((f) => f.name)).toEqual([`s3://${bucket}/articles/b.txt`]);
    expect(await source.read!(a.name)).toEqual(a);
  });

  it('rejects an object over 1 MiB by its key, without downloading it', async () => {
    // Prepare
    await putTestObject(client, bucket, 'articles/huge.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    await putTestObject(client, bucket, 'articles/limit.txt', new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61));
    const calls = countCalls(client);

    // Act
    const listing = await createS3ArticleSource({ client, bucket }).list();

    // Assess
    expect(listing.rejected).toEqual([{ name: `s3://${bucket}/articles/huge.txt`, reason: TOO_LARGE_REASON }]);
    expect(listing.files.map((f) => [f.name, f.bytes.length])).toEqual([[`s3://${bucket}/articles/limit.txt`, MAX_ARTICLE_BYTES]]);
    expect(calls.of('GetObjectCommand')).toBe(1);
  });

  it('fails with the S3 error when the bucket does not exist', async () => {
    const source = createS3ArticleSource({ client, bucket: `${bucket}-missing` });
    await expect(source.list()).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });
});
