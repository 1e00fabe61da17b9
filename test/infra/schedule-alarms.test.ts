import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthBriefingStack } from './synth-stack.ts';

const dlqArn = { 'Fn::GetAtt': ['BriefingDeadLetterQueue', 'Arn'] };
const topic = [{ Ref: 'AlarmTopic' }];

describe('Stack: BriefingStack', () => {
  let synth: ReturnType<typeof synthBriefingStack>;
  beforeAll(() => {
    synth = synthBriefingStack();
  });

  describe('Construct: DailySchedule', () => {
    it('runs every day at 06:00 UTC by default, with retries and a dead-letter queue', () => {
      synth.template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: 'cron(0 6 * * ? *)',
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        State: 'ENABLED',
        Target: Match.objectLike({
          Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^BriefingFunction'), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: { Arn: dlqArn },
        }),
      });
    });

    it('evaluates the cron in the configured time zone, so local time survives daylight-saving changes', () => {
      const { template } = synthBriefingStack({ schedule: 'cron(30 7 ? * MON-FRI *)', timezone: 'Europe/London' });
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: 'cron(30 7 ? * MON-FRI *)',
        ScheduleExpressionTimezone: 'Europe/London',
      });
    });

    it('follows the publish hour when no schedule is given', () => {
      const { template } = synthBriefingStack({ publishHour: 5, timezone: 'Asia/Tokyo' });
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: 'cron(0 5 * * ? *)',
        ScheduleExpressionTimezone: 'Asia/Tokyo',
      });
    });

    it('uses EventBridge Scheduler, never a UTC-only EventBridge rule', () => {
      synth.template.resourceCountIs('AWS::Events::Rule', 0);
      synth.template.resourceCountIs('AWS::Scheduler::Schedule', 1);
    });

    it('keeps dead letters for 14 days, encrypted, over TLS only', () => {
      synth.template.hasResourceProperties('AWS::SQS::Queue', { MessageRetentionPeriod: 1_209_600, SqsManagedSseEnabled: true });
      synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        PolicyDocument: Match.objectLike({
          Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })],
        }),
      });
    });

    it('rejects a schedule that is not a recurring cron or rate expression', () => {
      expect(() => synthBriefingStack({ schedule: '0 6 * * *' })).toThrow(
        /^schedule: "0 6 \* \* \*" is not a recurring schedule; use six cron fields/,
      );
    });
  });

  describe('Construct: FailureAlarms', () => {
    it('alarms on function errors', () => {
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: Match.stringLikeRegexp('^BriefingFunction') } }],
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Threshold: 1,
        AlarmActions: topic,
      });
    });

    it('alarms on any message in the dead-letter queue', () => {
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': ['BriefingDeadLetterQueue', 'QueueName'] } }],
        Threshold: 1,
        AlarmActions: topic,
      });
    });

    it('alarms when no run succeeded in 26 hours, counting silence as failure', () => {
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'DailyBriefing',
        MetricName: 'SuccessfulRuns',
        Dimensions: [{ Name: 'service', Value: 'daily-briefing' }],
        Statistic: 'Sum',
        Period: 3600,
        EvaluationPeriods: 26,
        DatapointsToAlarm: 26,
        ComparisonOperator: 'LessThanThreshold',
        Threshold: 1,
        TreatMissingData: 'breaching',
        AlarmActions: topic,
      });
    });

    it('alarms on rejected articles', () => {
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'DailyBriefing',
        MetricName: 'ArticlesRejected',
        Dimensions: [{ Name: 'service', Value: 'daily-briefing' }],
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Threshold: 1,
        TreatMissingData: 'notBreaching',
        AlarmActions: topic,
      });
    });

    it('alarms on any day that failed to compose', () => {
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'DailyBriefing',
        MetricName: 'DaysFailed',
        Dimensions: [{ Name: 'service', Value: 'daily-briefing' }],
        Statistic: 'Sum',
        Period: 3600,
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Threshold: 1,
        TreatMissingData: 'notBreaching',
        AlarmActions: topic,
      });
    });

    it('alarms once a feed has failed for 24 hours', () => {
      synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'DailyBriefing',
        MetricName: 'FeedsFailedFor24Hours',
        Dimensions: [{ Name: 'service', Value: 'daily-briefing' }],
        Statistic: 'Sum',
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Threshold: 1,
        TreatMissingData: 'notBreaching',
        AlarmActions: topic,
      });
    });

    it('has exactly these six alarms, on one TLS-only topic, with no subscription unless asked', () => {
      synth.template.resourceCountIs('AWS::CloudWatch::Alarm', 6);
      synth.template.resourceCountIs('AWS::SNS::Subscription', 0);
      synth.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: Match.objectLike({
          Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })],
        }),
      });
    });

    it('subscribes the alarm e-mail address when one is given', () => {
      const { template } = synthBriefingStack({ alarmEmail: 'ops@example.com' });
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: 'ops@example.com',
        TopicArn: { Ref: 'AlarmTopic' },
      });
    });
  });

  describe('Outputs', () => {
    const distributionUrl = (path: string) => ({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^SiteDistribution'), 'DomainName'] }, path]],
    });

    it('gives the feed URL, the site URL and the bucket name', () => {
      synth.template.hasOutput('FeedUrl', { Value: distributionUrl('/feed.xml') });
      synth.template.hasOutput('SiteUrl', { Value: distributionUrl('/') });
      synth.template.hasOutput('BucketName', { Value: { Ref: 'SiteBucket' } });
    });

    it('gives the function name, to publish on demand, and the alarm topic, to subscribe to', () => {
      synth.template.hasOutput('FunctionName', { Value: { Ref: Match.stringLikeRegexp('^BriefingFunction') } });
      synth.template.hasOutput('AlarmTopicArn', { Value: { Ref: 'AlarmTopic' } });
    });
  });

  describe('Logical IDs', () => {
    it('pins the stateful resources, so a refactor can never replace them', () => {
      const resources = synth.template.toJSON().Resources as Record<string, { Type: string }>;
      expect({
        SiteBucket: resources.SiteBucket?.Type,
        AccessLogBucket: resources.AccessLogBucket?.Type,
        BriefingLogGroup: resources.BriefingLogGroup?.Type,
        BriefingDeadLetterQueue: resources.BriefingDeadLetterQueue?.Type,
        AlarmTopic: resources.AlarmTopic?.Type,
      }).toEqual({
        SiteBucket: 'AWS::S3::Bucket',
        AccessLogBucket: 'AWS::S3::Bucket',
        BriefingLogGroup: 'AWS::Logs::LogGroup',
        BriefingDeadLetterQueue: 'AWS::SQS::Queue',
        AlarmTopic: 'AWS::SNS::Topic',
      });
    });
  });
});
