import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_LIMITS, MAX_TITLE_LENGTH } from '../../lambda/core/config.ts';
import { synthBriefingStack } from './synth-stack.ts';

type Synth = ReturnType<typeof synthBriefingStack>;

const bucketArn = { 'Fn::GetAtt': ['SiteBucket', 'Arn'] };
const objectArn = (key: string) => ({ 'Fn::Join': ['', [bucketArn, `/${key}`]] });

/** Every Allow statement of every identity and resource policy in the template. */
function allowStatements(template: Synth['template']): { Action: string | string[]; Resource: unknown }[] {
  const documents = [
    ...Object.values(template.findResources('AWS::IAM::Role')).flatMap((role) =>
      ((role.Properties.Policies ?? []) as { PolicyDocument: unknown }[]).map((p) => p.PolicyDocument),
    ),
    ...Object.values(template.findResources('AWS::IAM::Policy')).map((policy) => policy.Properties.PolicyDocument),
    ...Object.values(template.findResources('AWS::S3::BucketPolicy')).map((policy) => policy.Properties.PolicyDocument),
  ] as { Statement: { Effect: string; Action: string | string[]; Resource: unknown }[] }[];
  return documents.flatMap((d) => d.Statement).filter((s) => s.Effect === 'Allow');
}

describe('Construct: BriefingFunction', () => {
  let synth: Synth;
  beforeAll(() => {
    synth = synthBriefingStack();
  });

  it('runs Node.js 22 on ARM64 with the benchmark-sized memory and the longest timeout Lambda allows', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1769,
      Timeout: 900,
      LoggingConfig: { LogGroup: { Ref: 'BriefingLogGroup' } },
    });
  });

  it('passes the configuration of the end-to-end issue, with BASE_URL set to the distribution', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectEquals({
          FEED_BUCKET: { Ref: 'SiteBucket' },
          BASE_URL: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^SiteDistribution'), 'DomainName'] }, '/']] },
          TIMEZONE: 'UTC',
          PUBLISH_HOUR: '6',
          HISTORY_SIZE: '30',
          MAX_STORIES: '20',
          SUMMARY_SENTENCES: '3',
          FEED_TITLE: 'Daily Briefing',
          POWERTOOLS_SERVICE_NAME: 'daily-briefing',
          POWERTOOLS_METRICS_NAMESPACE: 'DailyBriefing',
          NODE_OPTIONS: '--enable-source-maps',
        }),
      },
    });
  });

  it('passes custom settings through to the environment', () => {
    const { template } = synthBriefingStack({
      timezone: 'Europe/London',
      publishHour: 7,
      historySize: 10,
      maxStories: 5,
      feedTitle: 'Morning',
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          TIMEZONE: 'Europe/London',
          PUBLISH_HOUR: '7',
          HISTORY_SIZE: '10',
          MAX_STORIES: '5',
          FEED_TITLE: 'Morning',
        }),
      },
    });
  });

  it('keeps its logs for a month', () => {
    synth.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('may only list the bucket, read articles, state and briefing data, and write the manifest, feeds, pages, feed articles and fetch state', () => {
    synth.template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })] }),
      ManagedPolicyArns: Match.absent(),
      Policies: Match.arrayWith([
        Match.objectEquals({
          PolicyName: 'BucketAccess',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'ListBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn },
              {
                Sid: 'ReadArticlesAndState',
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: [
                  objectArn('article-index.json'),
                  objectArn('articles/*'),
                  objectArn('briefings/*.json'),
                  objectArn('feed-state.json'),
                  objectArn('manifest.json'),
                ],
              },
              {
                Sid: 'WriteStateFeedsAndPages',
                Effect: 'Allow',
                Action: 's3:PutObject',
                // Sorted, as the minimizePolicies feature flag renders them.
                Resource: [
                  'article-index.json',
                  'atom.xml',
                  'briefings/*',
                  'feed.json',
                  'feed.xml',
                  'index.html',
                  'manifest.json',
                  'style.css',
                ].map(objectArn),
              },
              {
                Sid: 'WriteFeedArticlesAndFetchState',
                Effect: 'Allow',
                Action: 's3:PutObject',
                Resource: [objectArn('articles/feed-*'), objectArn('feed-state.json')],
              },
            ],
          },
        }),
      ]),
    });
  });

  it('writes only to its own log group', () => {
    synth.template.hasResourceProperties('AWS::IAM::Role', {
      Policies: Match.arrayWith([
        Match.objectEquals({
          PolicyName: 'Logs',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                Resource: { 'Fn::GetAtt': ['BriefingLogGroup', 'Arn'] },
              },
            ],
          },
        }),
      ]),
    });
  });

  it('grants no s3:* and no delete anywhere in the stack', () => {
    const actions = allowStatements(synth.template).flatMap((s) => [s.Action].flat());
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => a === '*' || a === 's3:*' || /^s3:Delete/.test(a) || /\*$/.test(a))).toEqual([]);
  });

  it('ships its failed runs to the dead-letter queue after two retries', () => {
    synth.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['BriefingDeadLetterQueue', 'Arn'] } } },
    });
  });

  it('rejects an unknown time zone, naming the setting and the fix', () => {
    expect(() => synthBriefingStack({ timezone: 'Europe/Londn' })).toThrow(/^timezone: "Europe\/Londn" is not a known IANA time zone; use/);
  });

  it('rejects a publish hour outside 0–23', () => {
    expect(() => synthBriefingStack({ publishHour: 24 })).toThrow('publishHour: expected a whole number from 0 to 23, got 24');
  });

  it('rejects an empty feed title', () => {
    expect(() => synthBriefingStack({ feedTitle: '  ' })).toThrow(/^feedTitle: the feed title is empty/);
  });

  it('rejects at synth what a run would reject: a title over the limit, more stories than allowed', () => {
    expect(() => synthBriefingStack({ feedTitle: 'x'.repeat(MAX_TITLE_LENGTH + 1) })).toThrow(
      `feedTitle: is ${MAX_TITLE_LENGTH + 1} characters long`,
    );
    const { max } = CONFIG_LIMITS.maxStories;
    expect(() => synthBriefingStack({ maxStories: max + 1 })).toThrow(
      `maxStories: expected a whole number from 1 to ${max}, got ${max + 1}`,
    );
  });
});
