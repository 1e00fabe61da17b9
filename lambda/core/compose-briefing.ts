import { CONFIG_DEFAULTS } from './config.ts';
import { longDate } from './dates.ts';
import type { StoryEngine } from './stories/story-engine.ts';
import type { Article, Briefing, Entity, Story, StoryLink } from './types.ts';

/** Options for {@link composeBriefing}. */
export interface ComposeBriefingOptions {
  /**
   * The feed's title, which prefixes each briefing's title.
   * @default "Daily Briefing"
   */
  readonly title?: string;
  /**
   * How many stories a briefing lists; the rest are counted.
   * @default 20
   */
  readonly maxStories?: number;
  /**
   * Sentences in each story's summary (kept within 70 words per three sentences).
   * @default 3
   */
  readonly summarySentences?: number;
}

/** How many entities become a briefing's feed categories. */
const TOP_ENTITIES = 8;

/**
 * Composes one day's briefing from that day's articles with the story engine. Deterministic: the same
 * articles, in any order, give the same briefing (the engine's caches only save work).
 */
export function composeBriefing(
  engine: StoryEngine,
  date: string,
  articles: readonly Article[],
  options: ComposeBriefingOptions = {},
): Briefing {
  const { title = CONFIG_DEFAULTS.title, maxStories = CONFIG_DEFAULTS.maxStories, summarySentences } = options;
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const composed = engine.composeStories(sorted, { maxStories, ...(summarySentences !== undefined && { summarySentences }) });
  const stories = withLinks(composed.stories, sorted);
  const { moreStories } = composed;
  return {
    date,
    title: `${title} — ${longDate(date)}`,
    overview: writeOverview(stories, moreStories, sorted.length),
    stories,
    moreStories,
    articleCount: sorted.length,
    topEntities: rankDayEntities(stories),
  };
}

/** Gives each story the titles, URLs and sources of its articles, when any article has a title or a URL. */
function withLinks(stories: readonly Story[], articles: readonly Article[]): Story[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return stories.map((story) => {
    const articlesOf = story.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    if (!articlesOf.some((a) => a.title !== undefined || a.url !== undefined)) return story;
    const links = articlesOf.map(
      ({ title, url, sources }): StoryLink => ({
        ...(title !== undefined && { title }),
        ...(url !== undefined && { url }),
        ...(sources && { sources }),
      }),
    );
    return { ...story, links };
  });
}

/** Longest overview, in words. */
export const MAX_OVERVIEW_WORDS = 60;
/** Sections after the top story's that the overview gives a sentence each. */
const OVERVIEW_SECTIONS = 2;

const wordsIn = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A headline inside a sentence: its first letter lower-cased when the story writes that word in lower case
 * ("Dollar hits new low" → "dollar hits new low"), so names and acronyms keep their capitals.
 */
function inSentence(story: Story): string {
  const first = /^\p{Lu}[\p{Ll}'’-]*(?=[\s,]|$)/u.exec(story.headline)?.[0];
  if (!first) return story.headline;
  const lower = first.toLowerCase();
  const written = new RegExp(`(?<![\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  return story.summary.some((s) => written.test(s)) ? lower + story.headline.slice(first.length) : story.headline;
}

/**
 * Two or three sentences that tell the day: the top story, then the best story of each of the next leading
 * sections ("In Business, dollar hits new low."), within 60 words; a day of one section adds the count instead.
 */
function writeOverview(stories: readonly Story[], moreStories: number, articleCount: number): string {
  const total = stories.length + moreStories;
  const counts = `The briefing has ${total} ${total === 1 ? 'story' : 'stories'} from ${articleCount} ${articleCount === 1 ? 'article' : 'articles'}.`;
  const [top] = stories;
  if (!top) return counts;
  const sentences = [`Today's top story: ${withStop(top.headline)}`];
  const seen = new Set([top.section]);
  for (const story of stories) {
    if (sentences.length > OVERVIEW_SECTIONS || !story.section || seen.has(story.section)) continue;
    seen.add(story.section);
    sentences.push(`In ${story.section}, ${withStop(inSentence(story))}`);
  }
  if (sentences.length === 1) sentences.push(counts);
  while (sentences.length > 1 && wordsIn(sentences.join(' ')) > MAX_OVERVIEW_WORDS) sentences.pop();
  return sentences.join(' ');
}

function withStop(text: string): string {
  return /[.!?…]["”’]?$/u.test(text) ? text : `${text}.`;
}

/** The day's entities, weighted by the importance of the stories they appear in; one entry per name. */
function rankDayEntities(stories: readonly Story[]): Entity[] {
  const byName = new Map<string, Entity>();
  stories.forEach((story, rank) => {
    const weight = 1 / (rank + 1);
    for (const entity of story.entities) {
      const seen = byName.get(entity.name);
      const salience = (seen?.salience ?? 0) + entity.salience * weight;
      byName.set(entity.name, { name: entity.name, kind: seen?.kind ?? entity.kind, salience });
    }
  });
  return [...byName.values()].sort((a, b) => b.salience - a.salience || (a.name < b.name ? -1 : 1)).slice(0, TOP_ENTITIES);
}
