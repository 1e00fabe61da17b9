import type { ArticleFile, Rejection } from '../core/types.ts';

/** What a source yields: the candidate article files, and those it could not even read. */
export interface SourceListing {
  readonly files: readonly ArticleFile[];
  /** Files the source skipped before parsing (too large, unreadable), with the reason. */
  readonly rejected: readonly Rejection[];
}

/**
 * Where articles come from: a folder of `.txt` files, or an S3 prefix.
 * Sources ignore hidden files and anything not ending in `.txt`.
 */
export interface ArticleSource {
  list(): Promise<SourceListing>;
}
