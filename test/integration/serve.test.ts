import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, type RequestLogEntry } from '../../lambda/adapters/static-server.ts';
import { CONTENT_SECURITY_POLICY } from '../../lambda/core/render/content-security-policy.ts';
import { servingOf } from '../../lambda/core/content-types.ts';

/** A raw GET: node's http client sends the path exactly as given, so `..` and `%2e%2e` reach the server. */
function get(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((done, fail) => {
    const url = new URL(base);
    const req = request({ host: url.hostname, port: url.port, path, headers, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end();
  });
}

const SECRET = 'top secret: outside the served folder';
const FILES: Record<string, string> = {
  'feed.xml': '<rss version="2.0"><channel><title>t</title></channel></rss>',
  'atom.xml': '<feed xmlns="http://www.w3.org/2005/Atom"/>',
  'feed.json': '{"version":"https://jsonfeed.org/version/1.1"}',
  'index.html': '<!doctype html><title>index</title>',
  'style.css': 'body { color: black; }',
  'briefings/2024-03-08.html': '<!doctype html><title>8 March</title>',
  'briefings/2024-03-08.json': '{"date":"2024-03-08"}',
  '.hidden.txt': 'a dot-file',
};
// Files the store keeps beside the site that CloudFront is denied: the local server refuses them too.
const PRIVATE = 'private: run state';
const PRIVATE_FILES = ['manifest.json', 'feed-state.json', 'article-index.json'];

describe('Adapter: createStaticServer', () => {
  let scratch: string;
  let base: string;
  const log: RequestLogEntry[] = [];
  const server = (dir: string) => createStaticServer({ dir, onRequest: (entry) => log.push(entry) });
  let running: ReturnType<typeof server>;

  beforeAll(async () => {
    // Prepare: a served folder, and a secret beside it that a `..` would reach.
    scratch = await mkdtemp(join(tmpdir(), 'serve-test-'));
    const dir = join(scratch, 'public');
    await mkdir(join(dir, 'briefings'), { recursive: true });
    for (const [key, body] of Object.entries(FILES)) await writeFile(join(dir, key), body);
    await writeFile(join(scratch, 'secret.txt'), SECRET);
    for (const key of PRIVATE_FILES) await writeFile(join(dir, key), PRIVATE);
    await symlink(join(scratch, 'secret.txt'), join(dir, 'linked.txt'));
    await symlink(scratch, join(dir, 'linked-dir'));
    // A fixed modification time, so Last-Modified is a known value.
    await utimes(join(dir, 'feed.xml'), new Date('2024-03-08T06:00:00Z'), new Date('2024-03-08T06:00:00Z'));
    running = server(dir);
    await new Promise<void>((done) => running.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(running.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    running.closeAllConnections();
    await new Promise((done) => running.close(done));
    await rm(scratch, { recursive: true, force: true });
  });

  describe('Method: content types', () => {
    it.each(Object.keys(FILES).filter((key) => !key.startsWith('.')))(
      'serves %s with the Content-Type and Cache-Control the S3 store writes',
      async (key) => {
        const response = await get(base, `/${key}`);
        expect(response.status).toBe(200);
        expect(response.body).toBe(FILES[key]);
        expect(response.headers['content-type']).toBe(servingOf(key).contentType);
        expect(response.headers['cache-control']).toBe(servingOf(key).cacheControl);
      },
    );

    it('serves index.html for the site root', async () => {
      const response = await get(base, '/');
      expect(response.status).toBe(200);
      expect(response.body).toBe(FILES['index.html']);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    });

    it('sends the production Content-Security-Policy and nosniff with every file', async () => {
      const response = await get(base, '/index.html');
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it('ignores a query string, as S3 does for a plain GET', async () => {
      const response = await get(base, '/feed.xml?utm_source=reader');
      expect(response.status).toBe(200);
      expect(response.body).toBe(FILES['feed.xml']);
    });
  });

  describe('Method: conditional requests', () => {
    it('sends an ETag and Last-Modified', async () => {
      const response = await get(base, '/feed.xml');
      expect(response.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(response.headers['last-modified']).toBe('Fri, 08 Mar 2024 06:00:00 GMT');
    });

    it('answers If-None-Match with the current ETag with 304 and no body, and logs it as conditional', async () => {
      const { headers } = await get(base, '/feed.xml');
      const response = await get(base, '/feed.xml', { 'If-None-Match': String(headers.etag) });
      expect(response.status).toBe(304);
      expect(response.body).toBe('');
      expect(log.at(-1)).toMatchObject({ path: '/feed.xml', status: 304, conditional: true });
    });

    it('answers If-Modified-Since at or after Last-Modified with 304', async () => {
      const response = await get(base, '/feed.xml', { 'If-Modified-Since': 'Fri, 08 Mar 2024 06:00:00 GMT' });
      expect(response.status).toBe(304);
    });

    it('answers a stale If-None-Match or an older If-Modified-Since with the full file', async () => {
      const etag = await get(base, '/feed.xml', { 'If-None-Match': '"not-the-etag"' });
      const since = await get(base, '/feed.xml', { 'If-Modified-Since': 'Thu, 07 Mar 2024 06:00:00 GMT' });
      expect([etag.status, since.status]).toEqual([200, 200]);
      expect(since.body).toBe(FILES['feed.xml']);
    });

    it('sends a Range with a matching If-Range date as 206', async () => {
      // Prepare: the control case, so the next test's 200 is If-Range's doing.
      const response = await get(base, '/feed.xml', { Range: 'bytes=0-4', 'If-Range': 'Fri, 08 Mar 2024 06:00:00 GMT' });
      expect(response.status).toBe(206);
      expect(response.body).toBe(FILES['feed.xml']!.slice(0, 5));
    });

    it('sends the whole file for a Range whose If-Range holds a weak ETag, even the current one (strong comparison)', async () => {
      const { headers } = await get(base, '/feed.xml');
      const etag = String(headers.etag);
      for (const tag of [etag, etag.startsWith('W/') ? etag : `W/${etag}`]) {
        const response = await get(base, '/feed.xml', { Range: 'bytes=0-4', 'If-Range': tag });
        expect(response.status).toBe(200);
        expect(response.body).toBe(FILES['feed.xml']);
      }
    });

    it('logs an unconditional request as not conditional', async () => {
      await get(base, '/atom.xml');
      expect(log.at(-1)).toMatchObject({ method: 'GET', path: '/atom.xml', status: 200, conditional: false });
    });
  });

  describe('Method: path safety', () => {
    it.each([
      '/../secret.txt',
      '/briefings/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/briefings/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/%2e%2e%5csecret.txt',
      '/%00/secret.txt',
      '/.hidden.txt',
      '/%2ehidden.txt',
      '/linked.txt',
      '/linked-dir/secret.txt',
      '/linked-dir/public/../secret.txt',
    ])('rejects %s without sending anything outside the folder or hidden', async (path) => {
      const response = await get(base, path);
      expect([400, 403, 404]).toContain(response.status);
      expect(response.body).not.toContain(SECRET);
      expect(response.body).not.toContain('a dot-file');
    });

    it('rejects a method other than GET and HEAD with 405', async () => {
      const response = await new Promise<number>((done, fail) => {
        const url = new URL(base);
        request({ host: url.hostname, port: url.port, path: '/feed.xml', method: 'PUT' }, (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        })
          .on('error', fail)
          .end('overwrite');
      });
      expect(response).toBe(405);
    });

    it('accepts an absolute-form request target, whatever its host (RFC 9112 §3.2.2)', async () => {
      for (const target of [`${base}/index.html`, 'http://elsewhere.example/briefings/2024-03-08.html', `${base}/feed.xml?x=1`]) {
        const response = await get(base, target);
        expect(response.status, target).toBe(200);
      }
      expect((await get(base, `${base}/index.html`)).body).toBe(FILES['index.html']);
      expect(log.at(-1)).toMatchObject({ path: '/index.html', status: 200 });
    });

    it.each(['http://h/../secret.txt', 'http://h/%2e%2e/secret.txt', 'http://h/linked.txt', 'http://h/.hidden.txt'])(
      'rejects the absolute form %s without sending anything outside the folder or hidden',
      async (target) => {
        const response = await get(base, target);
        expect([400, 403, 404]).toContain(response.status);
        expect(response.body).not.toContain(SECRET);
        expect(response.body).not.toContain('a dot-file');
      },
    );

    it('rejects a request target that is neither a path nor an http(s) URL with 400', async () => {
      expect((await get(base, 'ftp://h/feed.xml')).status).toBe(400);
    });

    it.each(['/manifest.json', '/feed-state.json', '/article-index.json', '/./manifest.json', '//manifest.json', '/%6danifest.json'])(
      'refuses %s with 403, as CloudFront refuses the run state',
      async (path) => {
        const response = await get(base, path);
        expect(response.status).toBe(403);
        expect(response.body).not.toContain(PRIVATE);
      },
    );

    it('answers a missing file with a plain 404', async () => {
      const response = await get(base, '/briefings/1999-01-01.html');
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    });
  });
});

describe('CLI: npm run serve', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('serves --dir on 127.0.0.1 at --port and prints the feed URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'serve-cli-'));
    await writeFile(join(dir, 'feed.xml'), FILES['feed.xml']!);
    child = spawn(process.execPath, ['--import', 'tsx', 'lambda/serve.ts', '--dir', dir, '--port', '0', '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      child!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (match) done(match[1]!);
      });
      child!.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
    });
    const response = await get(url, '/feed.xml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    await rm(dir, { recursive: true, force: true });
  });

  it('fails with a message naming --dir and the fix when the folder is missing', async () => {
    const result = await new Promise<{ code: number | null; err: string }>((done) => {
      const failing = spawn(process.execPath, ['--import', 'tsx', 'lambda/serve.ts', '--dir', '/nonexistent/public'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      failing.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      failing.on('exit', (code) => done({ code, err }));
    });
    expect(result.code).toBe(2);
    expect(result.err).toContain('--dir: /nonexistent/public does not exist; run "npm run briefing" first');
  });
});
