/**
 * Summary and grouping quality bench (issue 5).
 *
 *   npm run bench:quality -- --data FILE.jsonl --sentences K --out OUT.jsonl [--no-speed]
 *   npm run bench:quality -- --grouping [--data multinews.jsonl] [--days N (default 10)] [--first-day D (default 1)]
 *
 * Prints ROUGE-1/2/L F1 (×100), mean words and speed for the briefing's summariser, LEAD-K on the same
 * splitter and ts-textrank (npm), or pairwise precision/recall of story grouping on synthetic days. `--no-speed` leaves
 * the speed out (5 fresh processes per system): the scores alone, quick enough for the bench's own test. Data is read at run time
 * from ../shared/data by default and never copied into the repository.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MIN_ARTICLE_WORDS, MIN_PARAGRAPH_WORDS } from './quality/articles.ts';
import { readEvalFile } from './quality/data.ts';
import { evaluate, formatRow, measureSpeed, type Speed } from './quality/evaluate.ts';
import { scoreGrouping, syntheticDay } from './quality/grouping.ts';
import { printEventDays } from './quality/event-report.ts';
import { leadSystem, projectSystem, tsTextRankSystem, type System } from './quality/systems.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../../shared/data');

const SYSTEMS: Readonly<Record<string, System>> = { project: projectSystem, lead: leadSystem, 'ts-textrank': tsTextRankSystem };

// Speed is the median of this many fresh processes: one run on a shared machine moves by ±30%.
const SPEED_RUNS = 5;

/**
 * A system's speed ({@link measureSpeed}): the median of {@link SPEED_RUNS} fresh processes of this script
 * (`--speed-of`), each figure on its own. Fresh, because wink's word cache would otherwise hand the second
 * system text the first has already read (measured: LEAD-3 read ~1.5x faster after the project's pass).
 */
function speedInFreshProcess(system: string, data: string, sentences: number): Speed {
  const args = [...process.execArgv, import.meta.filename, '--speed-of', system, '--data', data, '--sentences', String(sentences)];
  const runs = Array.from({ length: SPEED_RUNS }, (): Speed => {
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`measuring the speed of ${system} failed (exit ${child.status}): ${child.stderr}`);
    return JSON.parse(child.stdout) as Speed;
  });
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(SPEED_RUNS / 2)]!;
  return { unseen: median(runs.map((r) => r.unseen)), seen: median(runs.map((r) => r.seen)) };
}

function runSummaries(data: string, sentences: number, out: string | undefined, withSpeed: boolean): void {
  const items = readEvalFile(data);
  const speed: Readonly<Record<string, Speed | undefined>> = withSpeed
    ? Object.fromEntries(Object.keys(SYSTEMS).map((name) => [name, speedInFreshProcess(name, data, sentences)]))
    : {};
  const project = evaluate(projectSystem, items, sentences);
  const lead = evaluate(leadSystem, items, sentences);
  const textRank = evaluate(tsTextRankSystem, items, sentences);
  console.log(`${data}: ${items.length} items, ${sentences} sentences\n`);
  console.log(
    '| system | R-1 | R-2 | R-L | R-L (article-order ref) | mean words | articles/s, unseen text | articles/s, seen text |\n' +
      '|---|---|---|---|---|---|---|---|',
  );
  console.log(formatRow('daily-briefing', project, speed.project));
  console.log(formatRow(`LEAD-${sentences}`, lead, speed.lead));
  console.log(formatRow('ts-textrank (npm)', textRank, speed['ts-textrank']));
  console.log(
    withSpeed
      ? `\nArticles per CPU-second on one core, median of ${SPEED_RUNS} fresh processes: "unseen" on the half of the items a process\n` +
          'has not read, after warming up on the other half; "seen" on passes over items it has read (a long-running process).'
      : '\nSpeed not measured (--no-speed).',
  );
  if (out) {
    writeFileSync(out, `${project.summaries.map((s) => JSON.stringify(s)).join('\n')}\n`);
    console.log(`\nwrote ${project.summaries.length} summaries to ${out}`);
  }
}

function runGrouping(data: string, firstDay: number, days: number): void {
  const items = readEvalFile(data);
  const lastDay = firstDay + days - 1;
  console.log(`${data}: ${days} synthetic day(s) (seeds ${firstDay}–${lastDay}) of 60 documents from 20 clusters (3 each)\n`);
  console.log(
    `"articles" rule: a document is a news article when, without boilerplate paragraphs (share widgets, crawl\n` +
      `notes, sign-up forms), it has >= ${MIN_ARTICLE_WORDS} words in paragraphs that end like a sentence or run to\n` +
      `>= ${MIN_PARAGRAPH_WORDS} words. It reads only the text, never the cluster label. "all documents" applies no rule.\n`,
  );
  console.log('| day (seed) | all documents P | all documents R | articles P | articles R |\n|---|---|---|---|---|');
  const sums = [0, 0, 0, 0];
  for (let seed = firstDay; seed <= lastDay; seed++) {
    const all = scoreGrouping(syntheticDay(items, seed));
    const articles = scoreGrouping(syntheticDay(items, seed, { articlesOnly: true }));
    const row = [all.precision, all.recall, articles.precision, articles.recall];
    row.forEach((value, i) => {
      sums[i]! += value;
    });
    console.log(`| ${seed} | ${row.map((v) => v.toFixed(3)).join(' | ')} |`);
  }
  console.log(`| mean | ${sums.map((v) => (v / days).toFixed(3)).join(' | ')} |`);
  printEventDays(readEvalFile(resolve(DATA_DIR, 'bbc_dev.jsonl')), items);
}

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    sentences: { type: 'string', default: '3' },
    out: { type: 'string' },
    grouping: { type: 'boolean', default: false },
    headlines: { type: 'boolean', default: false },
    sections: { type: 'boolean', default: false },
    entities: { type: 'boolean', default: false },
    show: { type: 'string', default: '0' },
    days: { type: 'string', default: '10' },
    'first-day': { type: 'string', default: '1' },
    'speed-of': { type: 'string' },
    'no-speed': { type: 'boolean', default: false },
  },
});
const sentences = Number(values.sentences);
if (!Number.isInteger(sentences) || sentences < 1) {
  throw new Error(`--sentences: expected a positive integer, got "${values.sentences}"; pass e.g. --sentences 3`);
}
const positive = (name: string, raw: string): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name}: expected a positive integer, got "${raw}"; pass e.g. --${name} 11`);
  return value;
};
const speedOf = values['speed-of'];
if (speedOf !== undefined) {
  const system = SYSTEMS[speedOf];
  if (!system) throw new Error(`--speed-of: expected one of ${Object.keys(SYSTEMS).join(', ')}, got "${speedOf}"`);
  console.log(JSON.stringify(measureSpeed(system, readEvalFile(values.data ?? resolve(DATA_DIR, 'bbc_dev.jsonl')), sentences)));
} else if (values.headlines) {
  const { runHeadlines } = await import('./quality/headlines.ts');
  runHeadlines(readEvalFile(values.data ?? resolve(DATA_DIR, 'bbc_dev.jsonl')), Number(values.show));
} else if (values.entities) {
  const { runEntities } = await import('./quality/entities.ts');
  runEntities(readEvalFile(values.data ?? resolve(DATA_DIR, 'bbc_dev.jsonl')));
} else if (values.sections) {
  const { runSections } = await import('./quality/sections.ts');
  runSections(readEvalFile(values.data ?? resolve(DATA_DIR, 'bbc_dev.jsonl')));
} else if (values.grouping) {
  // Days 1–10 tune the parameters; later seeds (e.g. --first-day 11 --days 20) are a held-out check.
  runGrouping(
    values.data ?? resolve(DATA_DIR, 'multinews_dev.jsonl'),
    positive('first-day', values['first-day']),
    positive('days', values.days),
  );
} else runSummaries(values.data ?? resolve(DATA_DIR, 'bbc_dev.jsonl'), sentences, values.out, !values['no-speed']);
