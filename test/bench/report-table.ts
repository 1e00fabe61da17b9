import type { StageStat } from './stages/memory.ts';
import type { StagesResult } from './stages/run-stages.ts';
import type { CliFigures } from './cli-run.ts';
import type { LambdaFigures } from './lambda-bundle.ts';

/** One corpus, measured: its stages in one fresh process, the whole run in another. */
export interface CorpusResult {
  readonly name: string;
  readonly articles: number;
  readonly days: number;
  readonly stages: StagesResult;
  readonly whole: StageStat;
}

/** Everything one `npm run bench` measured; parts that were skipped are absent. */
export interface BenchResults {
  readonly corpora: readonly CorpusResult[];
  readonly cli?: CliFigures & { readonly articles: number };
  readonly lambda?: LambdaFigures;
}

const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const mb = (value: number): string => `${Math.round(value)} MB`;
const stage = (s: StageStat): string => `${ms(s.ms)} / ${mb(s.peakMb)}`;

/** time(N) / time(previous N), and the same growth scaled to one doubling: r^(ln 2 / ln(N / previous)). */
function growth(result: CorpusResult, previous: CorpusResult | undefined): string {
  if (!previous || result.days !== 1 || previous.days !== 1) return '–';
  const ratio = result.whole.ms / previous.whole.ms;
  const factor = result.articles / previous.articles;
  if (factor === 2) return `×${ratio.toFixed(2)}`;
  return `×${ratio.toFixed(2)} (×${(ratio ** (Math.log(2) / Math.log(factor))).toFixed(2)}/doubling)`;
}

/** The per-corpus table: each stage's wall time / peak RSS, the whole run, throughput, growth and the floor. */
export function corpusTable(corpora: readonly CorpusResult[]): string {
  const rows = [
    '| corpus | articles | read/parse | compose | render/plan | store (fs) | whole run | articles/s | growth | floor (read+tokenise) | run/floor |',
    '|---|---:|---|---|---|---|---|---:|---|---:|---:|',
  ];
  const singleDays = corpora.filter((c) => c.days === 1);
  for (const c of corpora) {
    const previous = c.days === 1 ? singleDays[singleDays.indexOf(c) - 1] : undefined;
    const { stages: s } = c;
    rows.push(
      `| ${c.name} | ${c.articles.toLocaleString('en')} | ${stage(s.read)} | ${stage(s.compose)} | ${stage(s.plan)} | ${stage(s.store)} | ` +
        `${stage(c.whole)} | ${Math.round(c.articles / (c.whole.ms / 1000)).toLocaleString('en')} | ${growth(c, previous)} | ` +
        `${ms(s.floor.ms)} | ×${(c.whole.ms / s.floor.ms).toFixed(0)} |`,
    );
  }
  return rows.join('\n');
}

interface Target {
  readonly name: string;
  readonly goal: string;
  readonly value?: string;
  readonly pass?: boolean;
}

/** The issue's targets beside what was measured; a target whose corpus was skipped shows "not run". */
export function targetTable({ corpora, cli, lambda }: BenchResults): string {
  const single = (n: number) => corpora.find((c) => c.days === 1 && c.articles === n);
  const [k5, k10] = [single(5000), single(10_000)];
  const year = corpora.find((c) => c.days > 1);
  const peak10k = k10 ? Math.max(k10.whole.peakMb, cli?.articles === 10_000 && cli.peakMb ? cli.peakMb : 0) : undefined;
  const targets: Target[] = [
    cli?.articles === 10_000
      ? {
          name: '10,000 articles in one day, end to end with `npm run briefing`',
          goal: '< 10 s (aim 3 s)',
          value: ms(cli.ms),
          pass: cli.ms < 10_000,
        }
      : { name: '10,000 articles in one day, end to end with `npm run briefing`', goal: '< 10 s (aim 3 s)' },
    k5 && k10
      ? {
          name: 'doubling 5,000 → 10,000 (whole run)',
          goal: '≤ ×2.3',
          value: `×${(k10.whole.ms / k5.whole.ms).toFixed(2)}`,
          pass: k10.whole.ms / k5.whole.ms <= 2.3,
        }
      : { name: 'doubling 5,000 → 10,000 (whole run)', goal: '≤ ×2.3' },
    peak10k !== undefined
      ? { name: 'peak RSS at 10,000 (whole run; CLI tree if larger)', goal: '< 400 MB', value: mb(peak10k), pass: peak10k < 400 }
      : { name: 'peak RSS at 10,000 (whole run; CLI tree if larger)', goal: '< 400 MB' },
    year
      ? {
          name: `${year.days} days × ${year.articles / year.days} articles in one run`,
          goal: '< 15 s',
          value: ms(year.whole.ms),
          pass: year.whole.ms < 15_000,
        }
      : { name: '365 days × 30 articles in one run', goal: '< 15 s' },
    lambda
      ? {
          name: 'Lambda bundle (minified .mjs, no map)',
          goal: '< 1 MB (1,000,000 bytes)',
          value: `${(lambda.bytes / 1e6).toFixed(2)} MB`,
          pass: lambda.bytes < 1e6,
        }
      : { name: 'Lambda bundle (minified .mjs, no map)', goal: '< 1 MB (1,000,000 bytes)' },
    lambda
      ? {
          name: 'cold `await import(bundle)`, median of 5 fresh node',
          goal: '< 150 ms',
          value: ms(lambda.coldImportMs),
          pass: lambda.coldImportMs < 150,
        }
      : { name: 'cold `await import(bundle)`, median of 5 fresh node', goal: '< 150 ms' },
  ];
  const rows = ['| target | goal | measured | |', '|---|---|---|---|'];
  for (const t of targets)
    rows.push(`| ${t.name} | ${t.goal} | ${t.value ?? 'not run'} | ${t.pass === undefined ? '' : t.pass ? 'pass' : '**MISS**'} |`);
  return rows.join('\n');
}

/** The extra lines under the tables: the CLI run, the Lambda's samples and its largest parts. */
export function notes({ cli, lambda }: BenchResults): string {
  const lines: string[] = [];
  if (cli)
    lines.push(
      `- \`npm run briefing\` on ${cli.articles.toLocaleString('en')} articles: ${ms(cli.ms)} wall${cli.peakMb ? `, peak RSS ${mb(cli.peakMb)} (largest process in the tree)` : ''}.`,
    );
  if (lambda) {
    lines.push(
      `- Lambda bundle: ${lambda.bytes.toLocaleString('en')} bytes; AWS SDK ${lambda.external.some((m) => m.startsWith('@aws-sdk')) ? 'external' : 'bundled'} (as infra/ deploys it).`,
    );
    lines.push(`- Largest parts of the bundle: ${lambda.largest.map((p) => `${p.name} ${(p.bytes / 1e6).toFixed(2)} MB`).join(', ')}.`);
    lines.push(`- Cold import samples: ${lambda.samples.map((s) => ms(s)).join(', ')}.`);
  }
  return lines.join('\n');
}
