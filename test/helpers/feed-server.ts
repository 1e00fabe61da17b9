import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route: answers one path. Routes may be replaced between runs (an edited feed). */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A loopback HTTP server serving the feeds a test writes, recording every request it answers. */
export interface FeedServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly origin: string;
  readonly routes: Map<string, Route>;
  /** Every request: path and status, in order. */
  readonly log: { path: string; status: number; conditional: boolean }[];
  close(): Promise<void>;
}

/** Starts a server on `host` and a free port. */
export async function startFeedServer(host = '127.0.0.1'): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const log: FeedServer['log'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const conditional = request.headers['if-none-match'] !== undefined || request.headers['if-modified-since'] !== undefined;
    response.on('finish', () => log.push({ path, status: response.statusCode, conditional }));
    response.on('close', () => {
      if (!response.writableFinished) log.push({ path, status: response.statusCode, conditional });
    });
    const route = routes.get(path);
    if (route) route(request, response);
    else response.writeHead(404).end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    routes,
    log,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A route sending `body` with `headers`, answering 304 to a matching If-None-Match or If-Modified-Since. */
export function serve(body: string | Uint8Array, headers: Record<string, string> = {}): Route {
  return (request, response) => {
    const etag = headers.etag;
    const lastModified = headers['last-modified'];
    if ((etag && request.headers['if-none-match'] === etag) || (lastModified && request.headers['if-modified-since'] === lastModified)) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(200, headers).end(body);
  };
}

/** A route redirecting to `location` with `status`. */
export function redirect(location: string, status = 302): Route {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}
