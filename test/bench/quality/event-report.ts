import type { EvalItem } from './data.ts';
import { SAME_ACTOR_MIN_WORDS, scoreDenseDay, scoreSameActorDay, scoreSeparateStories } from './event-days.ts';

/**
 * Figures of the grouping before issue 11 (main at 3b7b953) and after its first pass (average linkage, content
 * floor: main at 6fe93c6), measured 2026-12-02 with this bench, printed beside today's so a change shows its
 * effect without a second checkout.
 */
const BEFORE = {
  bbc: { all: '45.3% / 17 | 42.3% / 5', first: '34.7% / 4 | 38.0% / 4', second: '46.7% / 12 | 54.0% / 5' },
  sameActor: { all: '0.858 / 0.627 | 0.932 / 0.570', even: '0.957 / 0.796 | 0.956 / 0.770', odd: '1.000 / 0.512 | 1.000 / 0.537' },
  dense: { 1000: '– | 0.192 / 1.000', 5000: '– | 0.164 / 1.000' } as Record<number, string>,
};

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Prints the two event-level days of issue 11: separate stories on one day, and same actors, different events. */
export function printEventDays(bbc: readonly EvalItem[], multinews: readonly EvalItem[]): void {
  const half = Math.floor(bbc.length / 2);
  console.log(
    `\nbbc_dev as one day: every article is a separate story, so every merge is a topic bucket (goal: <= 15% merged, largest <= 5)\n\n` +
      '| items | stories | in multi-article stories | largest story | 3b7b953: merged / largest | 6fe93c6 |\n|---|---|---|---|---|---|',
  );
  for (const [name, items, before] of [
    ['all 300', bbc, BEFORE.bbc.all],
    [`items 1-${half}`, bbc.slice(0, half), BEFORE.bbc.first],
    [`items ${half + 1}-${bbc.length} (held out)`, bbc.slice(half), BEFORE.bbc.second],
  ] as const) {
    const s = scoreSeparateStories(items);
    console.log(`| ${name} | ${s.stories} | ${pct(s.mergedShare)} | ${s.largest} | ${before} |`);
  }
  console.log(
    `\nSame-actor day: multinews_dev clusters with >= 2 documents naming Trump, Obama, Clinton, Romney or Sanders,\n` +
      `their documents of >= ${SAME_ACTOR_MIN_WORDS} words, all on one day (goal: P >= 0.95, R >= 0.80)\n\n` +
      '| clusters | documents | clusters | P | R | 3b7b953: P / R | 6fe93c6 |\n|---|---|---|---|---|---|---|',
  );
  for (const [name, part, before] of [
    ['all', undefined, BEFORE.sameActor.all],
    ['even-numbered', 'even', BEFORE.sameActor.even],
    ['odd-numbered (held out)', 'odd', BEFORE.sameActor.odd],
  ] as const) {
    const s = scoreSameActorDay(multinews, part);
    console.log(`| ${name} | ${s.documents} | ${s.clusters} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${before} |`);
  }
  console.log(
    '\nDense-vocabulary day (the `dense` shape of npm run bench, text the project writes): every story from the same\n' +
      'templates, people, places and stock sentences, 4 articles a story; only who, where and the numbers differ\n\n' +
      '| articles | stories written | P | R | 3b7b953 | 6fe93c6: P / R |\n|---|---|---|---|---|---|',
  );
  for (const articles of [1000, 5000]) {
    const s = scoreDenseDay(articles);
    console.log(`| ${articles} | ${s.stories} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${BEFORE.dense[articles]} |`);
  }
}
