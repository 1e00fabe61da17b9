import type { Article, Story } from '../types.ts';
import type { EntityExtractor } from './entities/entities.ts';
import { groupArticles } from './grouping/group.ts';
import type { HeadlineWriter } from './headline/headline.ts';
import { pickLead } from './headline/lead.ts';
import { storyImportance } from './rank.ts';
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
}

/** Options for {@link composeStories}. */
export interface ComposeStoriesOptions {
  /**
   * How many stories get a headline, summary and entities; the rest are only grouped and counted.
   * @default 20
   */
  readonly maxStories?: number;
  /**
   * Summary length, in sentences, for a one-article story.
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

// A multi-article story gets one more sentence per extra article, up to this many.
const MAX_MULTI_SENTENCES = 5;

/** Summary length for a story of `articles` articles. */
function sentencesFor(articles: number, base: number): number {
  return articles === 1 ? base : Math.max(base, Math.min(MAX_MULTI_SENTENCES, base + articles - 1));
}

/**
 * A story's headline: its most central article's own title when it has one (else another article's), or else
 * one written from that article's lead, which news writes to stand alone (see pickLead).
 */
function headlineOf(makeHeadline: HeadlineWriter, articles: readonly Article[], docs: readonly (readonly string[])[], central: number): string {
  const titled = [articles[central], ...articles].find((a) => a?.title !== undefined);
  if (titled?.title !== undefined) return makeHeadline(titled.title);
  return makeHeadline(pickLead(docs[central] ?? []));
}

/** Headline, summary and entities of one story; the costly steps run only for stories the briefing shows. */
function detailStory(stages: StoryStages, group: RankedGroup, summarySentences: number): Story {
  const { splitSentences, summarise, makeHeadline, extractEntities } = stages;
  // A bounded set of the articles' openings (summary/candidates.ts): a huge story costs what ten articles do.
  const inputs = summaryInputs(group.articles.map((article) => article.body));
  const read = inputs.map((input) => group.articles[input.article]!);
  const docs = inputs.map((input) => splitSentences(input.text));
  const summary = summarise(docs, sentencesFor(docs.length, summarySentences));
  // Indices into the inputs: the summary's `doc` is one of the read articles, not of the whole story.
  const headline = headlineOf(makeHeadline, read, docs, summary[0]?.doc ?? 0);
  // Entities come from the same bounded inputs: a story's key names are in its central articles' openings.
  const fullText = inputs.map((input) => input.text).join('\n');
  return {
    articleIds: group.articles.map((a) => a.id),
    headline,
    summary: summary.map((s) => s.text),
    entities: extractEntities(fullText),
    importance: group.importance,
  };
}

/**
 * Groups one day's articles into stories, ranks them and summarises the top ones.
 * Pure and deterministic: the same articles in any order give the same result.
 */
export function composeStories(stages: StoryStages, articles: readonly Article[], options: ComposeStoriesOptions = {}): ComposedStories {
  const { maxStories = 20, summarySentences = 3 } = options;
  const groups: RankedGroup[] = groupArticles(articles).map((members) => {
    const words = members.reduce((sum, a) => sum + wordCount(a.body), 0);
    return { articles: members, importance: storyImportance({ articles: members.length, words }) };
  });
  // Groups arrive ordered by their first article id, so a stable sort breaks ties on article id.
  groups.sort((a, b) => b.importance - a.importance);
  const shown = groups.slice(0, Math.max(0, maxStories));
  return {
    stories: shown.map((group) => detailStory(stages, group, summarySentences)),
    moreStories: groups.length - shown.length,
  };
}
