import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

/**
 * Response-headers policy for every file of the site: HSTS, nosniff, a strict CSP, no framing, a modest referrer,
 * and CORS for `GET` so that browser-based feed readers can fetch the (public) feeds.
 */
export function createSecurityHeaders(scope: Construct, contentSecurityPolicy: string): cloudfront.ResponseHeadersPolicy {
  return new cloudfront.ResponseHeadersPolicy(scope, 'SecurityHeaders', {
    comment: 'Daily briefing: HSTS, nosniff, strict CSP',
    securityHeadersBehavior: {
      // Two years, the HSTS preload list's minimum; the site is HTTPS-only (viewers are redirected).
      strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      // nosniff matters for feeds: a browser must not guess HTML from an XML or JSON body.
      contentTypeOptions: { override: true },
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
    },
    corsBehavior: {
      accessControlAllowCredentials: false,
      accessControlAllowHeaders: ['*'],
      accessControlAllowMethods: ['GET', 'HEAD'],
      accessControlAllowOrigins: ['*'],
      originOverride: true,
    },
  });
}
