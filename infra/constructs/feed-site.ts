import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { CONTENT_SECURITY_POLICY } from '../../lambda/core/render/content-security-policy.ts';
import { PRIVATE_KEYS, PRIVATE_PREFIXES } from '../../lambda/core/private-keys.ts';
import { SITE_KEYS } from '../../lambda/core/site-keys.ts';
import { createSecurityHeaders } from './security-headers.ts';

/** Options of {@link FeedSite}. */
export interface FeedSiteProps {
  /**
   * Custom domain name served by the distribution, e.g. `news.example.com`. Point a CNAME (or Route 53 alias) at
   * the distribution's domain yourself.
   * @default - the distribution's own `*.cloudfront.net` domain
   */
  readonly domainName?: string;
  /**
   * ACM certificate in us-east-1 covering `domainName`; required with it.
   * @default - none (the `*.cloudfront.net` certificate)
   */
  readonly certificate?: ICertificate;
  /**
   * How long replaced or deleted object versions are kept, to roll back a bad publish.
   * @default Duration.days(30)
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * How long S3 and CloudFront access logs are kept.
   * @default Duration.days(90)
   */
  readonly accessLogExpiration?: Duration;
  /**
   * How long CloudFront caches an object whose response has no `Cache-Control`; the origin's `Cache-Control` wins.
   * @default Duration.minutes(5)
   */
  readonly defaultCacheTtl?: Duration;
  /**
   * `Content-Security-Policy` sent with every response.
   * @default CONTENT_SECURITY_POLICY from lambda/core (same-origin styles only, no scripts), as the local server sends
   */
  readonly contentSecurityPolicy?: string;
  /**
   * Edge locations used; the cheapest class covers North America and Europe, and other readers are served from there.
   * @default cloudfront.PriceClass.PRICE_CLASS_100
   */
  readonly priceClass?: cloudfront.PriceClass;
}

/**
 * The published site: a private, versioned S3 bucket served over HTTPS by CloudFront through Origin Access Control,
 * with strict security headers. Articles and the manifest live in the same bucket but are never served.
 */
export class FeedSite extends Construct {
  /** The bucket holding articles, state and the published files. Retained when the stack is deleted. */
  readonly bucket: s3.Bucket;
  /** Receives S3 server access logs (`s3/`) and CloudFront logs (`cloudfront/`). Retained when the stack is deleted. */
  readonly accessLogBucket: s3.Bucket;
  /** The CloudFront distribution in front of {@link FeedSite.bucket}. */
  readonly distribution: cloudfront.Distribution;
  /** The site's public base URL, with a trailing slash (`https://DOMAIN/`). */
  readonly siteUrl: string;

  constructor(scope: Construct, id: string, props: FeedSiteProps = {}) {
    super(scope, id);
    this.accessLogBucket = createAccessLogBucket(this, props.accessLogExpiration ?? Duration.days(90));
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [
        {
          id: 'ExpireOldVersions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(30),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 's3/',
      // The articles and every published briefing live here; a stack deletion must never take them with it.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Daily briefing feeds and pages',
      defaultRootObject: SITE_KEYS.index,
      domainNames: props.domainName === undefined ? undefined : [props.domainName],
      certificate: props.certificate,
      // Only meaningful with a certificate; the *.cloudfront.net certificate's policy is fixed by CloudFront.
      minimumProtocolVersion: props.certificate === undefined ? undefined : cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: props.priceClass ?? cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.accessLogBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        compress: true,
        cachePolicy: createCachePolicy(this, props.defaultCacheTtl ?? Duration.minutes(5)),
        responseHeadersPolicy: createSecurityHeaders(this, props.contentSecurityPolicy ?? CONTENT_SECURITY_POLICY),
      },
    });
    this.siteUrl = `https://${props.domainName ?? this.distribution.distributionDomainName}/`;
    denyUnpublishedKeys(this.bucket);
    suppressSiteFindings(this, props.certificate !== undefined);
  }
}

function createAccessLogBucket(scope: Construct, expiration: Duration): s3.Bucket {
  return new s3.Bucket(scope, 'AccessLogs', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    encryption: s3.BucketEncryption.S3_MANAGED,
    // CloudFront standard logging writes with an ACL, which BUCKET_OWNER_ENFORCED would refuse.
    // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    lifecycleRules: [{ id: 'ExpireLogs', expiration, abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    // A non-empty bucket cannot be deleted by CloudFormation anyway; keeping it makes teardown predictable.
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

/**
 * Feeds change once a day, so a short default TTL keeps a fresh briefing visible within minutes without
 * invalidations (which would need another permission in the function). The function's `Cache-Control` wins.
 */
function createCachePolicy(scope: Construct, defaultTtl: Duration): cloudfront.CachePolicy {
  return new cloudfront.CachePolicy(scope, 'CachePolicy', {
    comment: 'Daily briefing: short default TTL, origin Cache-Control honoured',
    defaultTtl,
    minTtl: Duration.seconds(0),
    maxTtl: Duration.days(1),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
    queryStringBehavior: cloudfront.CacheQueryStringBehavior.none(),
    headerBehavior: cloudfront.CacheHeaderBehavior.none(),
    cookieBehavior: cloudfront.CacheCookieBehavior.none(),
  });
}

/**
 * Origin Access Control lets CloudFront read every key; only the published site should be public. An explicit
 * deny (which beats the OAC allow) keeps the raw articles, the manifest, the feed fetch state and the article index private.
 */
function denyUnpublishedKeys(bucket: s3.Bucket): void {
  bucket.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'KeepInputsAndStatePrivate',
      effect: iam.Effect.DENY,
      principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],
      actions: ['s3:GetObject'],
      resources: [
        ...PRIVATE_PREFIXES.map((prefix) => bucket.arnForObjects(`${prefix}*`)),
        ...PRIVATE_KEYS.map((key) => bucket.arnForObjects(key)),
      ],
    }),
  );
}

/** cdk-nag AwsSolutions findings that do not apply to a public, static feed site, each with its reason. */
function suppressSiteFindings(site: FeedSite, hasCertificate: boolean): void {
  Validations.of(site.accessLogBucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason: 'This is the access-log bucket itself; logging it into itself would loop.',
  });
  Validations.of(site.distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason: 'A public news feed is meant for readers in every country; there is nothing to geo-restrict.',
    },
    {
      id: 'AwsSolutions-CFR2',
      reason:
        'Static, read-only feeds from a private S3 origin with no forms, logins or dynamic origin; WAF (from $5/month plus rules) would protect nothing here and CloudFront has Shield Standard.',
    },
  );
  if (!hasCertificate) {
    Validations.of(site.distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'Without a custom domain CloudFront serves its *.cloudfront.net certificate, whose TLS policy it fixes; pass domainName and certificateArn to get TLSv1.2_2021.',
    });
  }
}
