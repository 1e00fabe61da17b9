import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { ARTICLE_INDEX_KEY } from '../../lambda/core/article-index.ts';
import { FEED_ARTICLE_PREFIX, FETCH_STATE_KEY } from '../../lambda/core/feeds/fetch-state.ts';
import { ARTICLES_PREFIX, BRIEFINGS_PREFIX, SITE_KEYS } from '../../lambda/core/site-keys.ts';

/** The keys the briefing function writes under fixed names: the manifest, the feeds, the index and its stylesheet. */
export const PUBLISHED_KEYS = Object.values(SITE_KEYS);

const ARTICLES = `${ARTICLES_PREFIX}*`;
const BRIEFING_DATA = `${BRIEFINGS_PREFIX}*.json`;
const BRIEFING_FILES = `${BRIEFINGS_PREFIX}*`;
const FEED_ARTICLES = `${ARTICLES_PREFIX}${FEED_ARTICLE_PREFIX}*`;

/** Object patterns with a wildcard in the function's policy, each a key prefix the function owns. */
export const OBJECT_WILDCARDS = [ARTICLES, BRIEFING_DATA, BRIEFING_FILES, FEED_ARTICLES] as const;

/**
 * The least-privilege S3 statements for the briefing function: list the bucket, read the articles, the manifest
 * and past briefing data, write the manifest, the feeds and `briefings/*`, and the feed stage's articles
 * (`articles/feed-*`) and fetch state. No delete, no bucket configuration.
 * Each statement has a `sid` so that a denied call in CloudTrail points at the rule that should have allowed it.
 */
export function createBucketAccessStatements(bucket: s3.IBucket): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      sid: 'ListBucket',
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      // Not narrowed with an s3:prefix condition on purpose. S3 answers a GET of a missing key (the manifest on the
      // first run, a briefing's data before it exists) with 404 only when the caller may list the bucket, and that
      // check carries no prefix, so a prefix-scoped grant turns "not yet written" into 403 AccessDenied.
      // Listing reveals only key names the function writes itself or reads anyway (articles/).
      // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html#API_GetObject_RequestSyntax
    }),
    new iam.PolicyStatement({
      sid: 'ReadArticlesAndState',
      actions: ['s3:GetObject'],
      resources: [
        bucket.arnForObjects(ARTICLES),
        bucket.arnForObjects(BRIEFING_DATA),
        bucket.arnForObjects(SITE_KEYS.manifest),
        bucket.arnForObjects(FETCH_STATE_KEY),
        bucket.arnForObjects(ARTICLE_INDEX_KEY),
      ],
    }),
    new iam.PolicyStatement({
      sid: 'WriteStateFeedsAndPages',
      // PutObject covers the conditional writes (If-Match / If-None-Match) of the manifest; no other action is needed.
      actions: ['s3:PutObject'],
      // The article index (a cache of what each article is, so unchanged ones are not read again) sits beside the manifest.
      resources: [
        ...PUBLISHED_KEYS.map((key) => bucket.arnForObjects(key)),
        bucket.arnForObjects(BRIEFING_FILES),
        bucket.arnForObjects(ARTICLE_INDEX_KEY),
      ],
    }),
    new iam.PolicyStatement({
      sid: 'WriteFeedArticlesAndFetchState',
      // The feed stage writes only its own articles (articles/feed-*) and its state; a dropped article is never touched.
      actions: ['s3:PutObject'],
      resources: [bucket.arnForObjects(FEED_ARTICLES), bucket.arnForObjects(FETCH_STATE_KEY)],
    }),
  ];
}
