import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../lambda/core/render/content-security-policy.ts';
import { synthBriefingStack } from './synth-stack.ts';

const CERTIFICATE_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/0b3b5d1e-1111-2222-3333-444455556666';

describe('Construct: FeedSite', () => {
  let synth: ReturnType<typeof synthBriefingStack>;
  beforeAll(() => {
    synth = synthBriefingStack();
  });

  describe('Resource: bucket', () => {
    it('is private, encrypted, versioned, logged and retained', () => {
      synth.template.hasResource('AWS::S3::Bucket', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          VersioningConfiguration: { Status: 'Enabled' },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          LoggingConfiguration: { DestinationBucketName: { Ref: 'AccessLogBucket' }, LogFilePrefix: 's3/' },
        }),
      });
    });

    it('expires old versions after 30 days', () => {
      synth.template.hasResourceProperties('AWS::S3::Bucket', {
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: {
          Rules: [
            Match.objectLike({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 30 }, ExpiredObjectDeleteMarker: true }),
          ],
        },
      });
    });

    it('refuses requests without TLS', () => {
      synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: 'SiteBucket' },
        PolicyDocument: Match.objectLike({
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        }),
      });
    });

    it('lets only this distribution read it, and never the articles, the manifest, the fetch state or the article index', () => {
      const cloudfront = { Service: 'cloudfront.amazonaws.com' };
      synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: 'SiteBucket' },
        PolicyDocument: Match.objectLike({
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: cloudfront,
              Action: 's3:GetObject',
              Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
            }),
            Match.objectLike({
              Sid: 'KeepInputsAndStatePrivate',
              Effect: 'Deny',
              Principal: cloudfront,
              Action: 's3:GetObject',
              Resource: [
                { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['SiteBucket', 'Arn'] }, '/article-index.json']] },
                { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['SiteBucket', 'Arn'] }, '/articles/*']] },
                { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['SiteBucket', 'Arn'] }, '/feed-state.json']] },
                { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['SiteBucket', 'Arn'] }, '/manifest.json']] },
              ],
            }),
          ]),
        }),
      });
    });
  });

  describe('Resource: distribution', () => {
    it('reaches the bucket through Origin Access Control, signing every request', () => {
      synth.template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
      synth.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: Match.objectLike({
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        }),
      });
      synth.template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          Origins: [
            Match.objectLike({
              DomainName: { 'Fn::GetAtt': ['SiteBucket', 'RegionalDomainName'] },
              OriginAccessControlId: { 'Fn::GetAtt': [Match.stringLikeRegexp('OriginAccessControl'), 'Id'] },
              S3OriginConfig: { OriginAccessIdentity: '' },
            }),
          ],
        }),
      });
    });

    it('redirects to HTTPS, compresses, and serves index.html at the root', () => {
      synth.template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          DefaultRootObject: 'index.html',
          DefaultCacheBehavior: Match.objectLike({
            ViewerProtocolPolicy: 'redirect-to-https',
            Compress: true,
            AllowedMethods: ['GET', 'HEAD'],
          }),
          Logging: { Bucket: { 'Fn::GetAtt': ['AccessLogBucket', 'RegionalDomainName'] }, Prefix: 'cloudfront/' },
        }),
      });
    });

    it('sends HSTS, nosniff and the strict CSP, the one the local server sends, with every response', () => {
      // Refuses everything by default and allows no script at all; the browser test runs the pages under it.
      expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/);
      expect(CONTENT_SECURITY_POLICY).not.toContain('script-src');
      synth.template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: Match.objectLike({
          SecurityHeadersConfig: Match.objectLike({
            StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
            ContentTypeOptions: { Override: true },
            ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
          }),
        }),
      });
      synth.template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          DefaultCacheBehavior: Match.objectLike({ ResponseHeadersPolicyId: { Ref: Match.stringLikeRegexp('^SiteSecurityHeaders') } }),
        }),
      });
    });

    it('uses the CloudFront domain and certificate when no custom domain is given', () => {
      synth.template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({ Aliases: Match.absent(), ViewerCertificate: Match.absent() }),
      });
    });

    it('serves a custom domain with its us-east-1 certificate over TLS 1.2+, and uses it as BASE_URL', () => {
      const { template } = synthBriefingStack({ domainName: 'news.example.com', certificateArn: CERTIFICATE_ARN });
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          Aliases: ['news.example.com'],
          ViewerCertificate: { AcmCertificateArn: CERTIFICATE_ARN, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
        }),
      });
      template.hasResourceProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ BASE_URL: 'https://news.example.com/' }) },
      });
      template.hasOutput('FeedUrl', { Value: 'https://news.example.com/feed.xml' });
    });

    it('rejects a custom domain without a certificate', () => {
      expect(() => synthBriefingStack({ domainName: 'news.example.com' })).toThrow(/^certificateArn: a custom domain needs both/);
    });

    it('rejects a certificate outside us-east-1, which CloudFront cannot use', () => {
      const arn = CERTIFICATE_ARN.replace('us-east-1', 'eu-west-1');
      expect(() => synthBriefingStack({ domainName: 'news.example.com', certificateArn: arn })).toThrow(
        /^certificateArn: ".*eu-west-1.*" is not an ACM certificate ARN in us-east-1/,
      );
    });
  });
});
