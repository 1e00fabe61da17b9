import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC_NAMES } from '../../lambda/core/telemetry.ts';
import { assertIntegerInRange } from '../validation.ts';

/** Options of {@link FailureAlarms}. */
export interface FailureAlarmsProps {
  /** The briefing function. */
  readonly function: lambda.IFunction;
  /** The dead-letter queue of the schedule and the function. */
  readonly deadLetterQueue: sqs.IQueue;
  /** CloudWatch namespace of the function's Powertools metrics (`POWERTOOLS_METRICS_NAMESPACE`). */
  readonly metricsNamespace: string;
  /** The `service` dimension of those metrics (`POWERTOOLS_SERVICE_NAME`). */
  readonly serviceName: string;
  /**
   * E-mail address subscribed to the alarm topic; AWS sends a confirmation mail first.
   * @default - no subscription (subscribe to the `AlarmTopicArn` output yourself)
   */
  readonly alarmEmail?: string;
  /**
   * Hours without a successful run before the staleness alarm fires: a day plus slack for retries and a late run.
   * Raise it if the schedule runs less often than daily.
   * @default 26
   */
  readonly maxHoursWithoutSuccess?: number;
}

/**
 * CloudWatch alarms that make a failing briefing visible, each notifying one SNS topic: function errors, messages in
 * the dead-letter queue, no successful run for a day, rejected articles, and days that failed to compose.
 */
export class FailureAlarms extends Construct {
  /** The topic every alarm notifies. */
  readonly topic: sns.Topic;
  /** The alarms, by purpose. */
  readonly alarms: {
    readonly functionErrors: cloudwatch.Alarm;
    readonly deadLetters: cloudwatch.Alarm;
    readonly noSuccessfulRun: cloudwatch.Alarm;
    readonly articlesRejected: cloudwatch.Alarm;
    readonly daysFailed: cloudwatch.Alarm;
    readonly feedFailing: cloudwatch.Alarm;
  };

  constructor(scope: Construct, id: string, props: FailureAlarmsProps) {
    super(scope, id);
    const maxHours = props.maxHoursWithoutSuccess ?? 26;
    // One-hour periods: CloudWatch allows up to 7 days of them, but only 1 day of shorter periods.
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
    assertIntegerInRange('maxHoursWithoutSuccess', maxHours, 2, 168);
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'Daily briefing alarms', enforceSSL: true });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Notifications carry only alarm names and states. CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer key would add $1/month for no protected data.',
    });
    if (props.alarmEmail !== undefined) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const metric = (metricName: string, period: Duration) =>
      new cloudwatch.Metric({
        namespace: props.metricsNamespace,
        metricName,
        dimensionsMap: { service: props.serviceName },
        statistic: cloudwatch.Stats.SUM,
        period,
      });
    this.alarms = {
      functionErrors: new cloudwatch.Alarm(this, 'FunctionErrors', {
        alarmDescription: 'The briefing function failed; see its log group. Runs are retried, then go to the dead-letter queue.',
        metric: props.function.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      deadLetters: new cloudwatch.Alarm(this, 'DeadLetters', {
        alarmDescription: 'A scheduled run failed after its retries. Read the message for the error, fix, re-run, then purge the queue.',
        metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      noSuccessfulRun: new cloudwatch.Alarm(this, 'NoSuccessfulRun', {
        alarmDescription: `No successful briefing run in ${maxHours} hours: the feed is going stale.`,
        metric: metric(METRIC_NAMES.successfulRuns, Duration.hours(1)),
        threshold: 1,
        evaluationPeriods: maxHours,
        datapointsToAlarm: maxHours,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        // A run that never happened emits nothing, so silence is exactly the failure to catch.
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      }),
      articlesRejected: new cloudwatch.Alarm(this, 'ArticlesRejected', {
        alarmDescription: 'The last run rejected at least one article; its log names each file, the reason and the fix.',
        metric: metric(METRIC_NAMES.articlesRejected, Duration.hours(1)),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      daysFailed: new cloudwatch.Alarm(this, 'DaysFailed', {
        alarmDescription:
          'A day\'s briefing could not be composed; it keeps its last published version and the other days were published. The log line "Briefing run failed" names the day and the error.',
        metric: metric(METRIC_NAMES.daysFailed, Duration.hours(1)),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      feedFailing: new cloudwatch.Alarm(this, 'FeedFailing', {
        alarmDescription:
          'A feed of the sources list has failed on every run for 24 hours; the log line "Briefing run finished" names it (feeds.failed) with the reason. The other feeds and the briefing carry on.',
        metric: metric(METRIC_NAMES.feedsFailedFor24Hours, Duration.hours(1)),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    };
    const action = new SnsAction(this.topic);
    for (const alarm of Object.values(this.alarms)) alarm.addAlarmAction(action);
  }
}
