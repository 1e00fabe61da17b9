import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { requireTool } from '../tools/test-tools.ts';

/** A running moto S3 server. */
export interface MotoServer {
  /** The endpoint URL, e.g. `http://127.0.0.1:41234`; an IP host makes the SDK use path-style addressing. */
  readonly endpoint: string;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/** moto_server started but never answered. */
export class MotoStartError extends Error {
  override readonly name = 'MotoStartError';
}

const INSTALL_HINT = 'reinstall it with: npm run test:tools';

/**
 * Starts `moto_server` on a free 127.0.0.1 port and resolves once it answers HTTP.
 * @throws MissingTestToolError when moto_server is not installed, naming the command that installs it
 * @param timeoutMs how long to wait for it to answer
 */
export async function startMotoServer(timeoutMs = 30_000): Promise<MotoServer> {
  const command = requireTool('moto_server');
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(command, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // Keep only the tail: moto logs every request here.
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilAnswering(endpoint, child, timeoutMs, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { endpoint, stop: () => stopChild(child, exited) };
}

/** A port the kernel says is free: listen on port 0, read the port, close. A tiny race, harmless on a test box. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not read the port of a loopback socket');
  return address.port;
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, timeoutMs: number, tail: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new MotoStartError(
        `moto_server exited with code ${child.exitCode} before answering on ${endpoint}:\n${tail()}\nIf moto is broken, ${INSTALL_HINT}`,
      );
    }
    try {
      const response = await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new MotoStartError(`moto_server did not answer on ${endpoint} within ${timeoutMs} ms:\n${tail()}`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
