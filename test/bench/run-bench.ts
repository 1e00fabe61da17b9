import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli-run.ts';
import { generateCorpus } from './corpus/generate-corpus.ts';
import { generateShape, type ShapeSpec } from './corpus/shapes.ts';
import { shapeTable, type ShapeResult } from './shape-table.ts';
import { measureLambda } from './lambda-bundle.ts';
import { corpusTable, notes, targetTable, type BenchResults, type CorpusResult } from './report-table.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const MEASURE = join(ROOT, 'test/bench/stages/measure-corpus.ts');

const HELP = `Usage: npm run bench -- [options]

Generates corpora, measures each in fresh processes (stages, then the whole run), runs the CLI end to end,
bundles the Lambda and times its cold import, then prints the tables.

Options:
  --sizes LIST      articles in one day, comma-separated         [default: 100,1000,2500,5000,10000]
  --year DAYSxN     the back-fill corpus, e.g. 365x30            [default: 365x30]
  --cli-size N      articles for the end-to-end npm run briefing [default: the largest size]
  --shape-sizes L   articles of the dense, rewrites and copies days [default: 5000,10000]
  --skip LIST       parts to leave out: year, cli, lambda, shapes [default: none]
  --quick           --sizes 100,1000 --shape-sizes 1000,2000 --skip year
  --seed N          corpus seed                                   [default: 1]
  --corpora DIR     where corpora are written and reused          [default: $TMPDIR/daily-briefing-bench]
  -h, --help        show this help
`;

interface Options {
  readonly sizes: number[];
  readonly year?: { days: number; perDay: number };
  readonly cliSize?: number;
  readonly lambda: boolean;
  readonly seed: number;
  readonly corpora: string;
  readonly shapeSizes: number[];
}

function readOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      year: { type: 'string', default: '365x30' },
      'cli-size': { type: 'string' },
      skip: { type: 'string', default: '' },
      'shape-sizes': { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      corpora: { type: 'string', default: join(tmpdir(), 'daily-briefing-bench') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const skip = new Set([...values.skip.split(',').filter(Boolean), ...(values.quick ? ['year'] : [])]);
  const sizes = (values.sizes ?? (values.quick ? '100,1000' : '100,1000,2500,5000,10000')).split(',').map(positive('--sizes'));
  const [days, perDay] = values.year.split('x').map(positive('--year'));
  return {
    sizes: sizes.sort((a, b) => a - b),
    year: skip.has('year') || !days || !perDay ? undefined : { days, perDay },
    cliSize: skip.has('cli') ? undefined : values['cli-size'] ? positive('--cli-size')(values['cli-size']) : sizes.at(-1),
    lambda: !skip.has('lambda'),
    seed: positive('--seed')(values.seed),
    corpora: values.corpora,
    shapeSizes: skip.has('shapes')
      ? []
      : (values['shape-sizes'] ?? (values.quick ? '1000,2000' : '5000,10000')).split(',').map(positive('--shape-sizes')),
  };
}

function positive(option: string): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${option}: "${text}" is not a positive whole number; e.g. ${option} 100`);
    return value;
  };
}

/** Runs one mode of measure-corpus.ts in a fresh Node process and parses its JSON line. */
function measureInChild<T>(corpus: string, mode: 'stages' | 'whole'): T {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', MEASURE, '--corpus', corpus, '--mode', mode], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`measuring ${corpus} (${mode}) failed with exit ${result.status}: ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as T;
}

/**
 * The stress shapes of issues 11 and 15 (corpus/shapes.ts), each a whole run in a fresh process: dense,
 * rewrites and copies days at every shape size (< 10 s, < 400 MB, ≤ ×2.3 a doubling), one 1 MiB article
 * (< 2 s, < 300 MB), 100 articles of 200 KB (< 10 s) and one 900 KB word (no hang: < 10 s).
 */
function measureShapes(options: Options, log: (line: string) => void): ShapeResult[] {
  const specs: { spec: ShapeSpec; name: string; goal: ShapeResult['goal'] }[] = [
    ...(['dense', 'rewrites', 'copies'] as const).flatMap((shape) =>
      options.shapeSizes.map((n) => ({
        spec: { shape, articles: n, seed: options.seed },
        name: `${n.toLocaleString('en')} × ${shape}`,
        goal: { ms: 10_000, mb: 400 },
      })),
    ),
    ...(options.shapeSizes.length === 0
      ? []
      : [
          {
            spec: { shape: 'long', articles: 1, seed: options.seed } as ShapeSpec,
            name: 'one 1 MiB article',
            goal: { ms: 2_000, mb: 300 },
          },
          {
            spec: { shape: 'long', articles: 100, bytes: 200 * 1024, seed: options.seed } as ShapeSpec,
            name: '100 articles of 200 KB',
            goal: { ms: 10_000, mb: 400 },
          },
          {
            spec: { shape: 'longword', articles: 1, bytes: 900 * 1024, seed: options.seed } as ShapeSpec,
            name: 'one 900 KB word',
            goal: { ms: 10_000, mb: 400 },
          },
        ]),
  ];
  return specs.map(({ spec, name, goal }) => {
    const dir = join(options.corpora, `shape-${spec.shape}-${spec.articles}x${spec.bytes ?? 'default'}-seed${spec.seed}`);
    log(`shape ${name}: generating in ${dir}, measuring`);
    generateShape(dir, spec);
    const whole = measureInChild<ShapeResult['whole'] & { articles: number }>(dir, 'whole');
    return { shape: `${spec.shape}-${spec.bytes ?? ''}`, name, articles: whole.articles, whole, goal };
  });
}

function measureCorpus(name: string, dir: string, days: number): CorpusResult {
  const stages = measureInChild<CorpusResult['stages']>(dir, 'stages');
  const whole = measureInChild<CorpusResult['whole'] & { articles: number }>(dir, 'whole');
  return { name, articles: whole.articles, days, stages, whole };
}

async function main(argv: string[]): Promise<void> {
  const options = readOptions(argv);
  if (!options) return void process.stdout.write(HELP);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const load = loadavg()[0]!.toFixed(1);
  const corpora: CorpusResult[] = [];
  const specs = [
    ...options.sizes.map((n) => ({ name: `${n.toLocaleString('en')} × 1 day`, articlesPerDay: n, days: 1 })),
    ...(options.year
      ? [{ name: `${options.year.perDay} × ${options.year.days} days`, articlesPerDay: options.year.perDay, days: options.year.days }]
      : []),
  ];
  const dirOf = (perDay: number, days: number) => join(options.corpora, `seed${options.seed}-${perDay}x${days}`);
  for (const spec of specs) {
    const dir = dirOf(spec.articlesPerDay, spec.days);
    log(`corpus ${spec.name}: generating in ${dir}`);
    generateCorpus(dir, {
      articlesPerDay: spec.articlesPerDay,
      days: spec.days,
      firstDate: spec.days > 1 ? '2023-01-01' : '2023-11-06',
      seed: options.seed,
    });
    log(`corpus ${spec.name}: measuring`);
    corpora.push(measureCorpus(spec.name, dir, spec.days));
  }
  const results: { -readonly [K in keyof BenchResults]: BenchResults[K] } = { corpora };
  const shapes = measureShapes(options, log);
  if (options.cliSize) {
    const dir = dirOf(options.cliSize, 1);
    generateCorpus(dir, { articlesPerDay: options.cliSize, seed: options.seed });
    log(`npm run briefing on ${options.cliSize} articles`);
    results.cli = { ...runCli(ROOT, dir), articles: options.cliSize };
  }
  if (options.lambda) {
    const out = mkdtempSync(join(tmpdir(), 'briefing-bench-lambda-'));
    log('bundling the Lambda and timing 5 cold imports');
    try {
      results.lambda = await measureLambda(ROOT, out);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const machine = `Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${load} at start, ${loadavg()[0]!.toFixed(1)} at end`;
  process.stdout.write(
    `## Per corpus: wall time / peak RSS of each stage (fresh process per corpus)\n\n${corpusTable(corpora)}\n\n` +
      (shapes.length > 0 ? `## Stress shapes: whole run in a fresh process (issues 11 and 15)\n\n${shapeTable(shapes)}\n\n` : '') +
      `## Targets\n\n${targetTable(results)}\n\n${notes(results)}\n\n_${machine}._\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
