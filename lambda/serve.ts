import { stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createStaticServer } from './adapters/static-server.ts';

const HELP = `Usage: npm run serve -- [options]

Serves the published site on this machine, so a feed reader or a browser can read what
"npm run briefing" wrote. Sends the same Content-Types as S3, ETags, Last-Modified and 304s.

Options:
  --dir DIR      folder to serve                    [default: ./public]
  --port N       port to listen on (0: any free)    [default: 8080]
  --host HOST    address to listen on               [default: 127.0.0.1]
  --quiet        do not print a line per request
  -h, --help     show this help
`;

/** A command-line value that cannot work, named with the fix. */
export class InvalidServeOptionError extends Error {
  override readonly name = 'InvalidServeOptionError';
}

/** Starts the local server from command-line arguments; resolves once it listens, with its URL. */
export async function main(argv: readonly string[]): Promise<string | undefined> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dir: { type: 'string', default: './public' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return undefined;
  }
  const port = parsePort(values.port);
  await assertFolder(values.dir);
  const server = createStaticServer({
    dir: values.dir,
    onRequest: values.quiet ? undefined : (r) => console.log(`${r.status} ${r.method} ${r.path}${r.conditional ? ' (conditional)' : ''}`),
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, values.host, done);
  });
  const { port: actual } = server.address() as AddressInfo;
  const url = `http://${values.host.includes(':') ? `[${values.host}]` : values.host}:${actual}/`;
  console.log(`Serving ${values.dir} at ${url} (feed: ${url}feed.xml). Press Ctrl+C to stop.`);
  // Close cleanly so a reader's open keep-alive connection does not hold the process.
  process.once('SIGINT', () => server.close(() => process.exit(0)).closeAllConnections());
  process.once('SIGTERM', () => server.close(() => process.exit(0)).closeAllConnections());
  return url;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidServeOptionError(`--port: "${value}" is not a port number; use a whole number from 0 to 65535, e.g. --port 8080`);
  }
  return port;
}

async function assertFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch((error: unknown) => {
    throw new InvalidServeOptionError(`--dir: ${dir} does not exist; run "npm run briefing" first or pass --dir with the output folder`, {
      cause: error,
    });
  });
  if (!info.isDirectory())
    throw new InvalidServeOptionError(`--dir: ${dir} is not a folder; pass the folder "npm run briefing" wrote (--out)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const code = (error as { code?: unknown }).code;
  const known =
    error instanceof InvalidServeOptionError ||
    code === 'EADDRINUSE' ||
    code === 'EACCES' ||
    (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
  const hint = code === 'EADDRINUSE' ? ' (the port is taken; pass another with --port N)' : '';
  console.error(`error: ${error instanceof Error ? error.message : String(error)}${hint}`);
  if (!known) console.error(error);
  process.exitCode = 2;
});
