import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { FetchError, type FetchRequest, type FetchResult, type HttpFetcher } from '../ports/http-fetcher.ts';

/** Options for {@link createHttpFetcher}. */
export interface HttpFetcherOptions {
  /**
   * Allow loopback, link-local (169.254.0.0/16, the instance metadata endpoint), private and unique-local addresses.
   * Off in the Lambda; the CLI turns it on only with `--allow-private-network`.
   * @default false
   */
  readonly allowPrivateNetwork?: boolean;
  /**
   * Addresses allowed even when private ones are not (tests serve a feed on one loopback address and check that
   * redirects to any other are refused).
   * @default []
   */
  readonly allowAddresses?: readonly string[];
  /** @default "daily-briefing/0.1 (+https://github.com/daily-briefing; feed fetcher)" */
  readonly userAgent?: string;
  /** Time to open a connection (DNS and TCP/TLS). @default 5000 */
  readonly connectTimeoutMs?: number;
  /** Time for the whole fetch, redirects and body included. @default 20000 */
  readonly totalTimeoutMs?: number;
  /** The largest body accepted, after decompression. @default 5 MB */
  readonly maxBytes?: number;
  /** @default 5 */
  readonly maxRedirects?: number;
}

export const DEFAULT_USER_AGENT = 'daily-briefing/0.1 (feed fetcher; +https://github.com/daily-briefing)';

/**
 * An {@link HttpFetcher} on node:http(s): conditional GET, gzip/deflate/br, at most `maxRedirects` redirects
 * (each one checked again), connect and total timeouts and a size cap. Unless `allowPrivateNetwork`, every
 * connection goes through request-filtering-agent, which checks the address the name resolved to, so a public
 * name pointing at 127.0.0.1 or 169.254.169.254 is refused as surely as the literal address.
 */
export function createHttpFetcher(options: HttpFetcherOptions = {}): HttpFetcher {
  const {
    userAgent = DEFAULT_USER_AGENT,
    connectTimeoutMs = 5_000,
    totalTimeoutMs = 20_000,
    maxBytes = 5_000_000,
    maxRedirects = 5,
  } = options;
  const agents = createAgents(options);

  async function fetch(request: FetchRequest): Promise<FetchResult> {
    const signal = AbortSignal.timeout(totalTimeoutMs);
    const seen = new Set<string>();
    let url = request.url;
    try {
      for (let hop = 0; ; hop++) {
        const target = httpUrl(url);
        seen.add(target.href);
        const headers: Record<string, string> = { 'user-agent': userAgent, accept: request.accept, 'accept-encoding': 'gzip, deflate, br' };
        if (request.etag) headers['if-none-match'] = request.etag;
        if (request.lastModified) headers['if-modified-since'] = request.lastModified;
        const response = await get(target, headers, signal, connectTimeoutMs, agents);
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && status !== 304 && response.headers.location) {
          response.resume();
          if (hop >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects`);
          url = new URL(response.headers.location, target).href;
          if (seen.has(url)) throw new FetchError(`redirect loop at ${url}`);
          continue;
        }
        if (status === 304) {
          response.resume();
          return { status: 'not-modified' };
        }
        if (status < 200 || status > 299) {
          response.resume();
          throw new FetchError(`HTTP ${status}`);
        }
        const body = await readBody(response, maxBytes);
        const header = (name: string) => (typeof response.headers[name] === 'string' ? (response.headers[name] as string) : undefined);
        return {
          status: 'ok',
          url: target.href,
          body,
          contentType: header('content-type'),
          etag: header('etag'),
          lastModified: header('last-modified'),
        };
      }
    } catch (error) {
      throw toFetchError(error, signal, totalTimeoutMs);
    }
  }
  return { fetch };
}

interface Agents {
  readonly http: http.Agent;
  readonly https: https.Agent;
}

function createAgents({ allowPrivateNetwork = false, allowAddresses = [] }: HttpFetcherOptions): Agents {
  if (allowPrivateNetwork) return { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const filter = { allowPrivateIPAddress: false, allowMetaIPAddress: false, allowIPAddressList: [...allowAddresses], keepAlive: true };
  return { http: new RequestFilteringHttpAgent(filter), https: new RequestFilteringHttpsAgent(filter) };
}

function httpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new FetchError(`only http and https are fetched, not ${parsed.protocol}`);
  return parsed;
}

function get(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  connectTimeoutMs: number,
  agents: Agents,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const agent = url.protocol === 'https:' ? agents.https : agents.http;
    const request = client.get(url, { headers, signal, agent }, resolve);
    request.on('error', reject);
    request.on('socket', (socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(
        () => request.destroy(new FetchError(`no connection within ${connectTimeoutMs / 1000} s`)),
        connectTimeoutMs,
      );
      socket.once('connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
  });
}

/** Reads the body, decompressed, and stops as soon as it passes `maxBytes` (a declared length is checked first). */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooBig = () => new FetchError(`larger than the ${maxBytes / 1_000_000} MB limit`);
  if (Number(response.headers['content-length'] ?? 0) > maxBytes && !response.headers['content-encoding']) {
    response.destroy();
    throw tooBig();
  }
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'br'
        ? createBrotliDecompress()
        : encoding === 'deflate'
          ? createInflate()
          : undefined;
  const stream = decoder ? response.pipe(decoder) : response;
  if (decoder) response.on('error', (error) => decoder.destroy(error));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooBig();
      chunks.push(chunk);
    }
  } finally {
    if (size > maxBytes || !response.complete) response.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function toFetchError(error: unknown, signal: AbortSignal, totalTimeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return new FetchError(`timed out after ${totalTimeoutMs / 1000} s`, { cause: error });
  const { code, message } = error as NodeJS.ErrnoException;
  // request-filtering-agent's message: "DNS lookup 127.0.0.1(family:4, host:…) is not allowed. …"
  const refused = /^DNS lookup (\S+?)\(.* is not allowed/.exec(message);
  if (refused) return new FetchError(`refused: ${refused[1]} is not a public address (loopback, link-local or private)`, { cause: error });
  const reasons: Record<string, string> = {
    ENOTFOUND: 'DNS lookup failed',
    EAI_AGAIN: 'DNS lookup failed (temporary)',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    Z_DATA_ERROR: 'corrupt compressed body',
    Z_BUF_ERROR: 'truncated compressed body',
  };
  return new FetchError(reasons[code ?? ''] ?? `${code ?? 'error'}: ${message}`, { cause: error });
}
