import type { ArticleFile, Rejection } from '../core/types.ts';

/** What a source yields: the candidate article files, and those it could not even read. */
export interface SourceListing {
  readonly files: readonly ArticleFile[];
  /** Files the source skipped before parsing (too large, unreadable), with the reason. */
  readonly rejected: readonly Rejection[];
  /**
   * Visible files or objects skipped because their name does not end in `.txt` (a `.md`, an `.html`…), named as in
   * messages, so the run can say why they were not used.
   * @default none
   */
  readonly ignored?: readonly string[];
}

/**
 * Where articles come from: a folder of `.txt` files, or an S3 prefix, at any depth.
 * Sources skip hidden files and folders, and report anything else not ending in `.txt` as ignored.
 */
export interface ArticleSource {
  list(): Promise<SourceListing>;
}
