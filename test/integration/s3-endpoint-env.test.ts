import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';

// The handler builds `new S3Client({})` and relies on the SDK's standard service-specific endpoint variable,
// so the Lambda talks to moto in tests and to S3 in AWS with no code path of its own.
// https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
describe('S3Client: AWS_ENDPOINT_URL_S3', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('sends every request of a client built with no options to the endpoint in AWS_ENDPOINT_URL_S3', async () => {
    // Prepare: only the environment says where S3 is; the IP host makes the SDK use path-style URLs.
    const endpoint = inject('s3Endpoint');
    vi.stubEnv('AWS_ENDPOINT_URL_S3', endpoint);
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'testing');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'testing');
    vi.stubEnv('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', undefined);
    const client = new S3Client({});
    const urls: string[] = [];
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { hostname?: string; port?: number; path?: string };
        urls.push(`${request.hostname}:${request.port}${request.path}`);
        return next(args);
      },
      { step: 'finalizeRequest', name: 'recordUrls' },
    );

    // Act
    await client.send(new CreateBucketCommand({ Bucket: 'endpoint-env' }));
    await client.send(new PutObjectCommand({ Bucket: 'endpoint-env', Key: 'feed.xml', Body: new TextEncoder().encode('<rss/>') }));
    const read = await client.send(new GetObjectCommand({ Bucket: 'endpoint-env', Key: 'feed.xml' }));

    // Assess
    expect(await read.Body?.transformToString()).toBe('<rss/>');
    const { host } = new URL(endpoint);
    expect(urls).toEqual([`${host}/endpoint-env/`, `${host}/endpoint-env/feed.xml`, `${host}/endpoint-env/feed.xml`]);
    client.destroy();
  });

  it('points at AWS when the variable is unset (so the test above proves the variable is what redirects it)', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL_S3', undefined);
    vi.stubEnv('AWS_ENDPOINT_URL', undefined);
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'testing');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'testing');
    const client = new S3Client({});
    let hostname: string | undefined;
    client.middlewareStack.add(
      () => async (args) => {
        // Stop before anything leaves the machine.
        hostname = (args.request as { hostname?: string }).hostname;
        throw new Error('stopped before sending');
      },
      { step: 'finalizeRequest', name: 'stopBeforeSending' },
    );
    await expect(client.send(new GetObjectCommand({ Bucket: 'endpoint-env', Key: 'feed.xml' }))).rejects.toThrow('stopped before sending');
    expect(hostname).toBe('endpoint-env.s3.us-east-1.amazonaws.com');
    client.destroy();
  });
});
