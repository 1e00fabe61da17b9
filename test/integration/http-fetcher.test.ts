import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher, DEFAULT_USER_AGENT } from '../../lambda/adapters/http-fetcher.ts';
import { FetchError } from '../../lambda/ports/http-fetcher.ts';
import { redirect, serve, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const ACCEPT = 'application/rss+xml';

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return (error as FetchError).reason;
  }
  throw new Error('expected the fetch to fail');
}

describe('Adapter: createHttpFetcher (loopback server)', () => {
  let server: FeedServer;
  let userAgent: string | undefined;
  const local = createHttpFetcher({ allowPrivateNetwork: true });

  beforeAll(async () => {
    server = await startFeedServer();
    const o = server.origin;
    server.routes.set('/ok', (request, response) => {
      userAgent = request.headers['user-agent'];
      response.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
    });
    server.routes.set('/deflate', serve(deflateSync('squeezed'), { 'content-encoding': 'deflate' }));
    server.routes.set('/declared-big', (_req, res) => void res.writeHead(200, { 'content-length': String(6_000_000) }).end());
    for (let hop = 1; hop <= 6; hop++) server.routes.set(`/hop${hop}`, redirect(hop === 6 ? `${o}/ok` : `${o}/hop${hop + 1}`));
    server.routes.set('/to-file', redirect('file:///etc/passwd'));
  });

  afterAll(async () => {
    await server.close();
  });

  it('names the project in its User-Agent and inflates deflate bodies', async () => {
    await expect(local.fetch({ url: `${server.origin}/ok`, accept: ACCEPT })).resolves.toMatchObject({
      status: 'ok',
      url: `${server.origin}/ok`,
    });
    expect(userAgent).toBe(DEFAULT_USER_AGENT);
    expect(userAgent).toMatch(/^daily-briefing\//);
    const deflated = await local.fetch({ url: `${server.origin}/deflate`, accept: ACCEPT });
    expect(deflated.status === 'ok' && new TextDecoder().decode(deflated.body)).toBe('squeezed');
  });

  it('follows five redirects but not six', async () => {
    await expect(local.fetch({ url: `${server.origin}/hop2`, accept: ACCEPT })).resolves.toMatchObject({
      status: 'ok',
      url: `${server.origin}/ok`,
    });
    expect(await reasonOf(local.fetch({ url: `${server.origin}/hop1`, accept: ACCEPT }))).toBe('more than 5 redirects');
  });

  it('refuses a body whose declared length is over the cap, before reading it', async () => {
    expect(await reasonOf(local.fetch({ url: `${server.origin}/declared-big`, accept: ACCEPT }))).toBe('larger than the 5 MB limit');
  });

  it('fetches only http and https, redirects included', async () => {
    expect(await reasonOf(local.fetch({ url: 'ftp://127.0.0.1/feed.xml', accept: ACCEPT }))).toBe(
      'only http and https are fetched, not ftp:',
    );
    expect(await reasonOf(local.fetch({ url: `${server.origin}/to-file`, accept: ACCEPT }))).toBe(
      'only http and https are fetched, not file:',
    );
  });

  it('rejects a name that resolves to loopback unless private networks are allowed: the resolved address is checked', async () => {
    const url = `http://localhost:${new URL(server.origin).port}/ok`;
    const before = server.log.length;
    expect(await reasonOf(createHttpFetcher().fetch({ url, accept: ACCEPT }))).toMatch(
      /^refused: (127\.0\.0\.1|::1) is not a public address/,
    );
    expect(server.log.length).toBe(before);
  });
});
