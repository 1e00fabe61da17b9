/** A conditional GET: the URL and the validators of the copy already held. */
export interface FetchRequest {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** The Accept header. */
  readonly accept: string;
}

/** What a fetch got: a body (after any redirects), or `not-modified` for a 304. */
export type FetchResult =
  | { readonly status: 'not-modified' }
  | {
      readonly status: 'ok';
      /** The URL the body came from, after redirects. */
      readonly url: string;
      readonly body: Uint8Array;
      readonly contentType?: string;
      readonly etag?: string;
      readonly lastModified?: string;
    };

/** Fetches web resources within the limits it was built with. Throws {@link FetchError} with a reason to report. */
export interface HttpFetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}

/** A fetch that failed; `reason` is short and says what happened ("HTTP 500", "timed out after 20 s" …). */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}
