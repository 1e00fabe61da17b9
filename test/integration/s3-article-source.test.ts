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

  it('lists only *.txt objects directly under articles/, named s3://bucket/key, in key order', async () => {
    // Prepare
    const keys = {
      'articles/b.txt': ARTICLE,
      'articles/a.txt': ARTICLE,
      'articles/.hidden.txt': ARTICLE,
      'articles/notes.md': ARTICLE,
      'articles/sub/nested.txt': ARTICLE,
      'articles/': '',
      'other/c.txt': ARTICLE,
      'articles.txt': ARTICLE,
    };
    for (const [key, body] of Object.entries(keys)) await putTestObject(client, bucket, key, body);

    // Act
    const listing = await createS3ArticleSource({ client, bucket }).list();

    // Assess
    expect(listing.files.map((f) => f.name)).toEqual([`s3://${bucket}/articles/a.txt`, `s3://${bucket}/articles/b.txt`]);
    expect(new TextDecoder().decode(listing.files[0]?.bytes)).toBe(ARTICLE);
    expect(listing.rejected).toEqual([]);
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
    expect(listing.files).toEqual([{ name: `s3://${bucket}/articles/empty.txt`, bytes: new Uint8Array() }]);
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

  it('follows continuation tokens past the first 1,000 keys', async () => {
    // Prepare: 1,000 non-articles sort before the two articles, so those are only on the second page.
    const fillers = Array.from({ length: 1000 }, (_, i) => `articles/filler-${String(i).padStart(4, '0')}.md`);
    for (let i = 0; i < fillers.length; i += 50) {
      await Promise.all(fillers.slice(i, i + 50).map((key) => putTestObject(client, bucket, key, 'x')));
    }
    await putTestObject(client, bucket, 'articles/zz-1.txt', ARTICLE);
    await putTestObject(client, bucket, 'articles/zz-2.txt', ARTICLE);
    const calls = countCalls(client);

    // Act
    const listing = await createS3ArticleSource({ client, bucket }).list();

    // Assess
    expect(calls.of('ListObjectsV2Command')).toBe(2);
    expect(listing.files.map((f) => f.name)).toEqual([`s3://${bucket}/articles/zz-1.txt`, `s3://${bucket}/articles/zz-2.txt`]);
  });

  it('fails with the S3 error when the bucket does not exist', async () => {
    const source = createS3ArticleSource({ client, bucket: `${bucket}-missing` });
    await expect(source.list()).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });
});
