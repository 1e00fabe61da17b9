import { threadStoryEngine } from '../../../lambda/adapters/thread-story-engine.ts';
import { createSectionClassifier, SECTIONS } from '../../../lambda/core/stories/sections/sections.ts';
import type { EvalItem } from './data.ts';

const { splitSentences, composeStories } = await threadStoryEngine();

/** The listed stories' sections when every item is one day's article (no titles, as plain files). */
function oneDay(items: readonly EvalItem[], titled: boolean): void {
  const articles = items.map((item) => ({
    id: item.id,
    date: '2024-05-01',
    body: item.documents[0]!,
    ...(titled && item.title ? { title: item.title } : {}),
  }));
  const { stories } = composeStories(articles, { maxStories: 20 });
  const counts = new Map<string, number>();
  for (const story of stories) counts.set(story.section ?? '-', (counts.get(story.section ?? '-') ?? 0) + 1);
  const largest = Math.max(...counts.values());
  const opening = new Set(stories.slice(0, 5).map((s) => s.section)).size;
  console.log(
    `one day of ${items.length} articles${titled ? ' with titles' : ''}: top ${stories.length} by section ${JSON.stringify(Object.fromEntries(counts))}; ` +
      `largest share ${((100 * largest) / stories.length).toFixed(0)}%; first five span ${opening} sections`,
  );
}

/** bbc categories and the section each belongs in. */
const EXPECTED: Readonly<Record<string, string>> = {
  business: 'Business',
  entertainment: 'Culture',
  politics: 'Politics',
  sport: 'Sport',
  tech: 'Technology',
};

/**
 * Section accuracy against the publisher's categories, each article as a one-article story, two ways: with its
 * title as the lead (articles that carry `title:`) and with its first sentence (files without one). Printed for
 * every item and for the even and odd halves (the term lists were tuned reading the odd half only), with the
 * confusion table.
 */
export function runSections(items: readonly EvalItem[]): void {
  const classify = createSectionClassifier();
  const labelled = items.filter((item) => item.category !== undefined && EXPECTED[item.category] !== undefined);
  for (const lead of ['title', 'first sentence'] as const) {
    const predicted = labelled.map((item) => {
      const body = item.documents[0]!;
      return classify({ lead: lead === 'title' ? (item.title ?? '') : (splitSentences(body)[0] ?? ''), bodies: [body] });
    });
    const accuracy = (keep: (i: number) => boolean): string => {
      const kept = labelled.map((_, i) => i).filter(keep);
      const right = kept.filter((i) => predicted[i] === EXPECTED[labelled[i]!.category!]).length;
      return `${(right / Math.max(1, kept.length)).toFixed(3)} (${right}/${kept.length})`;
    };
    console.log(
      `lead = ${lead}: accuracy all ${accuracy(() => true)}, even ${accuracy((i) => i % 2 === 0)}, odd ${accuracy((i) => i % 2 === 1)}`,
    );
    console.log(`| category | ${SECTIONS.join(' | ')} |\n|---|${SECTIONS.map(() => '---').join('|')}|`);
    for (const category of Object.keys(EXPECTED)) {
      const counts = SECTIONS.map((section) => labelled.filter((item, i) => item.category === category && predicted[i] === section).length);
      console.log(`| ${category} | ${counts.join(' | ')} |`);
    }
    console.log('');
  }
  oneDay(items, false);
  oneDay(items, true);
}
