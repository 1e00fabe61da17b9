import type { ArticleFile, Rejection } from '../core/types.ts';

/** A file a source read, with the ETag that identifies its content when the source has one (S3). */
export type ListedFile = ArticleFile & { readonly etag?: string };

/** What a source yields: the candidate article files, and those it could not even read. */
export interface SourceListing {
  readonly files: readonly ListedFile[];
  /** Files the source skipped before parsing (too large, unreadable), with the reason. */
  readonly rejected: readonly Rejection[];
  /**
   * Visible files or objects skipped because their name does not end in `.txt` (a `.md`, an `.html`…), named as in
   * messages, so the run can say why they were not used.
   * @default none
   */
  readonly ignored?: readonly string[];
  /**
   * Articles listed with the ETag the caller already knew (see {@link ArticleSource.list}), so not read.
   * @default none
   */
  readonly unchanged?: readonly { readonly name: string; readonly etag: string }[];
  /**
   * Articles listed but not read because `stopReading` said time was short; the next run reads them.
   * @default none
   */
  readonly unread?: readonly string[];
}

/** Options of {@link ArticleSource.list}. */
export interface ListOptions {
  /** Names and ETags of articles read before: a source that can `read` one article alone lists these as unchanged. */
  readonly known?: ReadonlyMap<string, string>;
  /**
   * Asked before each read past the first few: `true` leaves the rest unread, so a run never spends its time limit
   * reading. @default never
   */
  readonly stopReading?: () => boolean;
}

/**
 * Where articles come from: a folder of `.txt` files, or an S3 prefix, at any depth.
 * Sources skip hidden files and folders, and report anything else not ending in `.txt` as ignored.
 */
export interface ArticleSource {
  /**
   * Lists and reads the articles. A source that can `read` one article alone skips those whose name and ETag are
   * `known`, listing them as `unchanged`, and stops reading when `stopReading` says so.
   */
  list(options?: ListOptions): Promise<SourceListing>;
  /** Reads one article listed as unchanged, by its name, when its day must be composed. */
  read?(name: string): Promise<ListedFile | Rejection>;
}
