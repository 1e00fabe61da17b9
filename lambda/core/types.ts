import type { Section } from './stories/sections/section-terms.ts';
import type { ArticleMetadata } from './article-headers.ts';

/** An article as read from a source: where it came from and its raw bytes. */
export interface ArticleFile {
  /** Where the article came from, shown in every message about it (a path or an S3 key). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A parsed, valid article, with the optional metadata its header lines gave. */
export interface Article extends ArticleMetadata {
  /**
   * Stable identity of the article, published in the briefing's data and used for ordering and tie-breaks: its URL
   * when it has one, else an opaque hash of its date and text, never its path or key.
   */
  readonly id: string;
  /** The calendar date the article belongs to, `YYYY-MM-DD`. */
  readonly date: string;
  /** The body text, normalised to `\n` line endings, without the header. */
  readonly body: string;
}

/** A file the run could not use, and why. */
export interface Rejection {
  readonly name: string;
  readonly reason: string;
}

/** Kinds of named entity a briefing lists. */
export type EntityKind = 'person' | 'place' | 'organization';

/** A named entity, normalised ("President Putin" and "Putin" are one person). */
export interface Entity {
  /** Canonical display name, e.g. "Vladimir Putin". */
  readonly name: string;
  readonly kind: EntityKind;
  /** Relative importance within its story; higher is more salient. */
  readonly salience: number;
}

/** One story: one article, or several articles on the same event, summarised together. */
export interface Story {
  /** Opaque ids of the articles in this story (see `Article.id`), in a stable order. */
  readonly articleIds: readonly string[];
  /** A short headline in the articles' own words (at most 12 words, never cut mid-phrase). */
  readonly headline: string;
  /**
   * The section the story is filed under: World, Politics, Business, Technology, Science & Health, Sport or
   * Culture. Every composed story has one; only a briefing stored before sections existed lacks it.
   */
  readonly section?: Section;
  /** Summary sentences in the order to read them: the most central first, a dependent sentence after its antecedent. */
  readonly summary: readonly string[];
  /** Key people, places and organisations, most salient first. */
  readonly entities: readonly Entity[];
  /** Importance score used to order stories; higher comes first. */
  readonly importance: number;
  /**
   * What the story's articles say about themselves, in `articleIds` order: set only when at least one of them has a
   * title or a URL, so a story made only of untitled files reads as it always did.
   */
  readonly links?: readonly StoryLink[];
}

/** One article of a story as its source list shows it. */
export interface StoryLink {
  /** The article's own title, when it has one. */
  readonly title?: string;
  /** Its page (http or https), when it has one. */
  readonly url?: string;
  /** Who published it. */
  readonly sources?: readonly string[];
}

/** One day's briefing: the unit published as one feed item and one page. */
export interface Briefing {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** e.g. "Daily Briefing — 6 November 2023". */
  readonly title: string;
  /** A short plain-text overview of the day. */
  readonly overview: string;
  /** The top stories, most important first. */
  readonly stories: readonly Story[];
  /** Stories processed but not listed because of the size limit. */
  readonly moreStories: number;
  /** Number of articles that went into this briefing. */
  readonly articleCount: number;
  /** Top entities across the day, used as feed categories. */
  readonly topEntities: readonly Entity[];
}
