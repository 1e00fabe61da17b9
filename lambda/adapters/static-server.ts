import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { posix, relative, resolve, sep } from 'node:path';
import send from 'send';
import { servingOf } from '../core/content-types.ts';
import { CONTENT_SECURITY_POLICY } from '../core/render/content-security-policy.ts';
import { isPrivateKey } from '../core/private-keys.ts';
import { SITE_KEYS } from '../core/site-keys.ts';

/** One answered request, as the optional log sees it. */
export interface RequestLogEntry {
  readonly method: string;
  /** The request path as sent, still percent-encoded, without the query. */
  readonly path: string;
  readonly status: number;
  /** True when the request carried If-None-Match or If-Modified-Since. */
  readonly conditional: boolean;
  readonly userAgent: string;
}

/** Options for {@link createStaticServer}. */
export interface StaticServerOptions {
  /** The folder to serve; nothing outside it is ever sent. */
  readonly dir: string;
  /**
   * Called once per finished request, e.g. to print an access log or to let a test see conditional requests.
   * @default no log
   */
  readonly onRequest?: (entry: RequestLogEntry) => void;
}

/**
 * A local stand-in for the S3 + CloudFront site: a node http server that serves `dir` with `send`
 * (ETag, Last-Modified, 304 on If-None-Match / If-Modified-Since, refusal of `..` in any encoding)
 * and the Content-Type and Cache-Control that the S3 store writes ({@link servingOf}). A symbolic link that
 * leads out of the folder is refused too: `send` checks the path, not where it ends up.
 * The caller decides where it listens.
 */
export function createStaticServer({ dir, onRequest }: StaticServerOptions): Server {
  const root = resolve(dir);
  return createServer(async (req, res) => {
    const path = pathOf(req);
    if (onRequest) res.on('finish', () => onRequest(logEntry(req, res, path ?? req.url ?? '')));
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed: this server only reads files.');
      return;
    }
    if (path === undefined) {
      sendText(res, 400, 'Bad request target: send a path such as /feed.xml, or an http(s) URL.');
      return;
    }
    ignoreRangeUnlessStrongMatch(req);
    const decoded = decodedPath(path);
    if (decoded !== undefined && (!(await staysInside(root, decoded)) || isPrivate(decoded))) {
      sendText(res, 403, 'Forbidden.');
      return;
    }
    send(req, path, { root, dotfiles: 'ignore', index: [SITE_KEYS.index], etag: true, lastModified: true })
      .on('headers', (response: ServerResponse, file: string) => setServing(response, keyOf(root, file)))
      .on('error', (error: { status?: number; statusCode?: number }) => {
        const status = error.status ?? error.statusCode ?? 500;
        sendText(res, status, status === 404 ? 'Not found.' : status === 403 ? 'Forbidden.' : 'Could not serve this file.');
      })
      .pipe(res);
  });
}

/**
 * The path a request names, still encoded: `send` decodes it once and refuses `..` after decoding.
 * A server must accept the absolute form `GET http://host/feed.xml` too, and then ignore the Host header
 * (RFC 9112 §3.2.2): its path is the URL's, whose dot segments WHATWG URL has already resolved inside the
 * root. `undefined` when the target is neither form.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.2.2
 */
function pathOf(req: IncomingMessage): string | undefined {
  const target = req.url ?? '/';
  if (target.startsWith('/')) {
    const query = target.search(/[?#]/);
    return query === -1 ? target : target.slice(0, query);
  }
  if (!URL.canParse(target)) return undefined;
  const url = new URL(target);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.pathname : undefined;
}

/**
 * If-Range with an entity tag asks for the range only if the tag matches *strongly* (RFC 9110 §13.1.5): a weak
 * tag never does, and `send`'s tags are all weak (`W/"size-mtime"`), so the whole file is sent. `send` itself
 * compares them as substrings, which would answer a weak tag with 206. A date in If-Range is left to `send`.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.1.5
 */
function ignoreRangeUnlessStrongMatch(req: IncomingMessage): void {
  const ifRange = req.headers['if-range'];
  if (ifRange?.includes('"')) delete req.headers.range;
}

/** A request path percent-decoded, or `undefined` when it does not decode (left to `send`, which answers 400). */
function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** True when a decoded request path names a key CloudFront is denied (the manifest, the fetch state…), in any spelling. */
function isPrivate(decoded: string): boolean {
  return isPrivateKey(posix.normalize(decoded).replace(/^\/+/u, ''));
}

/**
 * Whether the file a decoded path names really lies in `root` once symbolic links are followed. Paths that do
 * not exist are left to `send`, which answers them with 404.
 */
async function staysInside(root: string, decoded: string): Promise<boolean> {
  const [realRoot, realTarget] = await Promise.all(
    [realpath(root), realpath(resolve(root, `.${decoded}`))].map((p) => p.catch(() => undefined)),
  );
  if (realRoot === undefined || realTarget === undefined) return true;
  return realTarget === realRoot || realTarget.startsWith(realRoot + sep);
}

/** The store key of a served file (`briefings/2023-11-06.html`): what the S3 store names it. */
function keyOf(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

function setServing(res: ServerResponse, key: string): void {
  const { contentType, cacheControl } = servingOf(key);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Cache-Control', cacheControl);
}

function sendText(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`${message}\n`);
}

function logEntry(req: IncomingMessage, res: ServerResponse, path: string): RequestLogEntry {
  return {
    method: req.method ?? 'GET',
    path,
    status: res.statusCode,
    conditional: req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined,
    userAgent: req.headers['user-agent'] ?? '',
  };
}
