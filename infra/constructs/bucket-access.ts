import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/** The keys the briefing function writes: the manifest, the feeds, the pages and their stylesheet. */
export const PUBLISHED_KEYS = ['manifest.json', 'feed.xml', 'atom.xml', 'feed.json', 'index.html', 'style.css'] as const;

/** Object patterns with a wildcard in the function's policy, each a key prefix the function owns. */
export const OBJECT_WILDCARDS = ['articles/*', 'briefings/*.json', 'briefings/*'] as const;

/**
 * The least-privilege S3 statements for the briefing function: list the bucket, read the articles, the manifest
 * and past briefing data, write the manifest, the feeds and `briefings/*`. No delete, no bucket configuration.
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
        bucket.arnForObjects('articles/*'),
        bucket.arnForObjects('briefings/*.json'),
        bucket.arnForObjects('manifest.json'),
      ],
    }),
    new iam.PolicyStatement({
      sid: 'WriteStateFeedsAndPages',
      // PutObject covers the conditional writes (If-Match / If-None-Match) of the manifest; no other action is needed.
      actions: ['s3:PutObject'],
      resources: [...PUBLISHED_KEYS.map((key) => bucket.arnForObjects(key)), bucket.arnForObjects('briefings/*')],
    }),
  ];
}
