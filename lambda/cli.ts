import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createFolderSource } from './adapters/folder-source.ts';
import { createFsStore } from './adapters/fs-store.ts';
import { createInProcessComposer } from './adapters/in-process-composer.ts';
import { createParallelComposer } from './adapters/parallel-composer.ts';
import { describeFsError, type FolderOption } from './cli-errors.ts';
import { CONFIG_DEFAULTS, parseConfig, parseInteger } from './core/config.ts';
import { InvalidConfigError } from './core/errors.ts';
import { exitStatusOf, summariseRun } from './report.ts';
import { runBriefing } from './run-briefing.ts';

const DEFAULT_SEEDS = './seeds';
const DEFAULT_OUT = './public';

const HELP = `Usage: npm run briefing -- [options]

Turns the articles in a folder into daily briefings, written as static files (RSS, Atom, JSON Feed, HTML).

Options:
  --seeds DIR          folder of articles (*.txt, at any depth)          [default: ./seeds]
  --out DIR            folder to publish into                            [default: ./public]
  --base-url URL       public URL the site is served from               [default: http://127.0.0.1:8080/]
  --timezone ZONE      IANA time zone for "today" and the publish hour  [default: ${CONFIG_DEFAULTS.timezone}]
  --publish-hour H     local hour (0-23) a day's briefing appears       [default: ${CONFIG_DEFAULTS.publishHour}]
  --history N          briefings kept in the feeds and the index        [default: ${CONFIG_DEFAULTS.historySize}]
  --title T            feed title                                       [default: "${CONFIG_DEFAULTS.title}"]
  --max-stories N      stories listed per briefing                      [default: ${CONFIG_DEFAULTS.maxStories}]
  --summary-sentences N  sentences in each story's summary (1-10)      [default: ${CONFIG_DEFAULTS.summarySentences}]
  --threads N          threads composing days in parallel (same output)   [default: the CPU count, at most 4]
  --sources FILE       also fetch the feeds listed in FILE (OPML) into the seeds folder first
  --allow-private-network  let --sources fetch from loopback and private addresses (local testing)
  --strict             exit with status 1 if any article was rejected (after publishing the rest)
  -h, --help           show this help

Article format: optional whitespace, "date YYYY-MM-DD", whitespace, then the text. When the date ends
its line, optional "title: ...", "url: ..." and "source: ..." lines may follow it.
`;

/** Runs the briefing on the local filesystem; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seeds: { type: 'string', default: DEFAULT_SEEDS },
      out: { type: 'string', default: DEFAULT_OUT },
      'base-url': { type: 'string', default: 'http://127.0.0.1:8080/' },
      timezone: { type: 'string' },
      'publish-hour': { type: 'string' },
      history: { type: 'string' },
      title: { type: 'string' },
      'max-stories': { type: 'string' },
      'summary-sentences': { type: 'string' },
      threads: { type: 'string' },
      sources: { type: 'string' },
      'allow-private-network': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const config = parseConfig(
    {
      baseUrl: values['base-url'],
      timezone: values.timezone,
      publishHour: values['publish-hour'],
      historySize: values.history,
      title: values.title,
      maxStories: values['max-stories'],
      summarySentences: values['summary-sentences'],
    },
    {
      baseUrl: '--base-url',
      timezone: '--timezone',
      publishHour: '--publish-hour',
      historySize: '--history',
      title: '--title',
      maxStories: '--max-stories',
      summarySentences: '--summary-sentences',
    },
  );
  const threads = parseThreads(values.threads);
  if (values.sources !== undefined) {
    const { seeds, out } = values;
    console.log(
      await fetchFeeds({ file: values.sources, seeds, out, timezone: config.timezone, allowPrivate: values['allow-private-network'] }),
    );
  }
  const report = await runBriefing({
    sources: [createFolderSource({ dir: values.seeds })],
    store: createFsStore({ dir: values.out }),
    clock: () => new Date(),
    config,
    logger: { warn: (message, details) => console.warn(`warning: ${message} ${JSON.stringify(details)}`) },
    // Days are independent: a back-fill of many days uses every core, with byte-identical output.
    composer: threads > 1 ? createParallelComposer({ workers: threads - 1 }) : createInProcessComposer(),
  });
  console.log(summariseRun(report));
  console.log(`Output: ${values.out} (feed: ${config.baseUrl}feed.xml)`);
  return exitStatusOf(report, { strict: values.strict });
}

/**
 * Fetches the feeds the sources list names into the seeds folder (the fetch state goes beside the output) and
 * returns the summary to print. The feed stage is imported only here: its libraries (XML and HTML parsers,
 * Readability) cost a run ~50 MB of memory and ~0.8 s of start-up, which a run without `--sources` never needs.
 */
async function fetchFeeds(options: { file: string; seeds: string; out: string; timezone: string; allowPrivate: boolean }): Promise<string> {
  const { file, seeds, out, timezone, allowPrivate } = options;
  const [{ readSourcesFile }, { createHttpFetcher }, { ingestFeeds }, { summariseFeeds }] = await Promise.all([
    import('./adapters/sources-file.ts'),
    import('./adapters/http-fetcher.ts'),
    import('./feeds/ingest-feeds.ts'),
    import('./feeds/feeds-report.ts'),
  ]);
  const report = await ingestFeeds({
    sources: await readSourcesFile(file, { setting: '--sources', required: true }),
    fetcher: createHttpFetcher({ allowPrivateNetwork: allowPrivate }),
    stateStore: createFsStore({ dir: out }),
    articleStore: createFsStore({ dir: seeds }),
    clock: () => new Date(),
    timezone,
  });
  return summariseFeeds(report);
}

/** The folders the command line names, to say which option a file-system error is about. */
function folderOptions(argv: readonly string[]): FolderOption[] {
  const { values } = parseArgs({ args: [...argv], options: { seeds: { type: 'string' }, out: { type: 'string' } }, strict: false });
  const seeds = typeof values.seeds === 'string' ? values.seeds : DEFAULT_SEEDS;
  const out = typeof values.out === 'string' ? values.out : DEFAULT_OUT;
  return [
    { option: '--seeds', dir: seeds, use: 'read' },
    { option: '--out', dir: out, use: 'write' },
  ];
}

function parseThreads(value: string | undefined): number {
  return parseInteger(value, '--threads', Math.min(availableParallelism(), 4), { min: 1, max: 64 });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A folder that cannot be read or written: one line naming the option, the path and the fix, no stack trace.
    const fsError = describeFsError(error, folderOptions(process.argv.slice(2)));
    if (fsError !== undefined) {
      console.error(`error: ${fsError}`);
      process.exitCode = 2;
      return;
    }
    const code = (error as { code?: unknown }).code;
    const known =
      error instanceof InvalidConfigError ||
      (error instanceof Error && error.name === 'CorruptManifestError') ||
      (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (!known) console.error(error);
    process.exitCode = 2;
  },
);
