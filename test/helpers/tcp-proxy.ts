import { connect, createServer, type Server, type Socket } from 'node:net';

/** A TCP relay in front of a server, that can be taken down and brought back on the same port. */
export interface TcpProxy {
  /** `http://127.0.0.1:PORT`: what clients use instead of the real server's endpoint. */
  readonly endpoint: string;
  /** Stops listening and cuts every open connection: to a client the server is gone. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/**
 * Starts a relay to `target` (an `http://host:port` URL). Taking the relay down is how a test stops "the S3
 * server" mid-run while moto, which keeps its state only in memory, keeps the objects for the repair run.
 */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;

  const listen = async (): Promise<void> => {
    const next = createServer((client) => {
      const upstream = connect(Number(targetPort), hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => next.once('error', reject).listen(port, '127.0.0.1', resolve));
    const address = next.address();
    if (address === null || typeof address === 'string') throw new Error('could not read the relay port');
    port = address.port;
    server = next;
  };

  const stop = async (): Promise<void> => {
    const current = server;
    server = undefined;
    if (!current) return;
    const closed = new Promise<void>((resolve) => current.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };

  await listen();
  return { endpoint: `http://127.0.0.1:${port}`, stop, start: listen };
}
