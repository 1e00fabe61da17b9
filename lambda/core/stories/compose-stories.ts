import type { Article, Story } from '../types.ts';
import type { EntityExtractor } from './entities/entities.ts';
import { groupArticles } from './grouping/group.ts';
import { type HeadlineWriter, MAX_HEADLINE_WORDS } from './headline/headline.ts';
import { pickStoryLead } from './headline/lead.ts';
import { dayCentrality } from './day-centrality.ts';
import { selectDiverse, storyImportance } from './rank.ts';
import type { Section, SectionClassifier } from './sections/sections.ts';
import { summaryInputs } from './summary/candidates.ts';
import type { Summariser } from './summary/summarise.ts';
import type { SentenceSplitter } from './text/sentences.ts';
import { wordCount } from './text/terms.ts';

/** The stages a story is detailed with; each owns its models and caches (see createStoryEngine). */
export interface StoryStages {
  readonly splitSentences: SentenceSplitter;
  readonly summarise: Summariser;
  readonly makeHeadline: HeadlineWriter;
  readonly extractEntities: EntityExtractor;
  readonly fileSection: SectionClassifier;
}

/** Options for {@link composeStories}. */
export interface ComposeStoriesOptions {
  /**
   * How many stories get a headline, summary and entities; the rest are only grouped and counted.
   * @default 20
   */
  readonly maxStories?: number;
  /**
   * Summary length, in sentences, of every story; the summary also keeps within 70 words per 3 sentences.
   * @default 3
   */
  readonly summarySentences?: number;
}

/** The day's stories, ordered by importance, and how many more were grouped but not detailed. */
export interface ComposedStories {
  readonly stories: readonly Story[];
  readonly moreStories: number;
}

interface RankedGroup {
  readonly articles: readonly Article[];
  readonly importance: number;
}

interface ListedGroup extends RankedGroup {
  readonly section: Section;
}

/** Default summary length, in sentences, and words per sentence of its budget: 3 sentences, at most 70 words. */
export const SUMMARY_SENTENCES = 3;
const WORDS_PER_SENTENCE = 70 / 3;
/** Candidates filed into sections for the diversity rule, per listed story. */
const CANDIDATES_PER_STORY = 3;

/** The summary's sentences within the word budget; the first is kept whatever its length. */
function withinBudget(sentences: readonly string[], count: number): string[] {
  const budget = Math.round(WORDS_PER_SENTENCE * count);
  const kept: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const next = words + wordCount(sentence);
    if (kept.length > 0 && next > budget) break;
    kept.push(sentence);
    words = next;
  }
  return kept;
}

/**
 * A story's headline: its most central article's own title when it has one (else another article's), or else
 * one written from that article's lead, which news writes to stand alone, or from another article's when that
 * lead is weak (see pickStoryLead).
 */
function headlineOf(
  makeHeadline: HeadlineWriter,
  articles: readonly Article[],
  docs: readonly (readonly string[])[],
  central: number,
): string {
  const titled = [articles[central], ...articles].find((a) => a?.title !== undefined);
  // The publisher's own words stand as written; only a title over the limit is fitted to it.
  if (titled?.title !== undefined) return wordCount(titled.title) <= MAX_HEADLINE_WORDS ? titled.title : makeHeadline(titled.title);
  return makeHeadline(pickStoryLead(docs, central));
}

/** Headline, summary, section and entities of one story; the costly steps run only for stories the briefing shows. */
function detailStory(stages: StoryStages, group: ListedGroup, summarySentences: number): Story {
  const { splitSentences, summarise, makeHeadline, extractEntities } = stages;
  // A bounded set of the articles' openings (summary/candidates.ts): a huge story costs what ten articles do.
  const inputs = summaryInputs(group.articles.map((article) => article.body));
  const read = inputs.map((input) => group.articles[input.article]!);
  const docs = inputs.map((input) => splitSentences(input.text));
  const summary = summarise(docs, summarySentences);
  // Indices into the inputs: the summary's `doc` is one of the read articles, not of the whole story.
  const headline = headlineOf(makeHeadline, read, docs, summary[0]?.doc ?? 0);
  // Entities come from the same bounded inputs: a story's key names are in its central articles' openings.
  const fullText = inputs.map((input) => input.text).join('\n');
  return {
    articleIds: group.articles.map((a) => a.id),
    headline,
    section: group.section,
    summary: withinBudget(
      summary.map((s) => s.text),
      summarySentences,
    ),
    entities: extractEntities(fullText),
    importance: group.importance,
  };
}

/** Coverage of a story: its distinct sources, an article naming none counting as its own source. */
function coverageOf(articles: readonly Article[]): number {
  const sources = new Set<string>();
  let unsourced = 0;
  for (const article of articles) {
    if (article.sources && article.sources.length > 0) for (const source of article.sources) sources.add(source);
    else unsourced++;
  }
  return sources.size + unsourced;
}

/** What a story's section is read from before it is detailed: its first title, else its first article's opening. */
function sectionLead(articles: readonly Article[]): string {
  return articles.find((a) => a.title !== undefined)?.title ?? articles[0]!.body.slice(0, 300);
}

/**
 * Groups one day's articles into stories, ranks them and details the listed ones. Importance is coverage, then
 * how central the story's names are to the day (rank.ts); the listed stories follow the diversity rule
 * (selectDiverse). Pure and deterministic: the same articles in any order give the same result.
 */
export function composeStories(stages: StoryStages, articles: readonly Article[], options: ComposeStoriesOptions = {}): ComposedStories {
  const { maxStories = 20, summarySentences = SUMMARY_SENTENCES } = options;
  const grouped = groupArticles(articles);
  const centrality = dayCentrality(grouped);
  const groups: RankedGroup[] = grouped.map((members, i) => ({
    articles: members,
    importance: storyImportance({ coverage: coverageOf(members), centrality: centrality[i]! }),
  }));
  // Groups arrive ordered by their first article id, so a stable sort breaks ties on article id.
  groups.sort((a, b) => b.importance - a.importance);
  const size = Math.max(0, maxStories);
  const candidates: ListedGroup[] = groups.slice(0, size * CANDIDATES_PER_STORY).map((group) => ({
    ...group,
    section: stages.fileSection({ lead: sectionLead(group.articles), bodies: group.articles.map((a) => a.body) }),
  }));
  const shown = selectDiverse(candidates, size).map((i) => candidates[i]!);
  return {
    stories: shown.map((group) => detailStory(stages, group, summarySentences)),
    moreStories: groups.length - shown.length,
  };
}
