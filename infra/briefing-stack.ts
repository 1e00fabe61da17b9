import { CfnElement, CfnOutput, Stack, type Duration, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import type { Construct, IConstruct } from 'constructs';
import { CONFIG_DEFAULTS } from '../lambda/core/config.ts';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../lambda/core/telemetry.ts';
import { BriefingFunction } from './constructs/briefing-function.ts';
import { DailySchedule } from './constructs/daily-schedule.ts';
import { FailureAlarms } from './constructs/failure-alarms.ts';
import { FeedSite } from './constructs/feed-site.ts';
import { assertConfigLimit, assertCustomDomain } from './validation.ts';

/** Options of {@link BriefingStack}; every one is optional. */
export interface BriefingStackProps extends StackProps {
  /**
   * EventBridge Scheduler expression for the runs, evaluated in `timezone`.
   * @default - `cron(0 PUBLISH_HOUR * * ? *)`: daily at `publishHour`
   */
  readonly schedule?: string;
  /**
   * IANA time zone of the schedule and of the briefing dates (`TIMEZONE`).
   * @default 'UTC'
   */
  readonly timezone?: string;
  /**
   * Hour (0–23, in `timezone`) stamped on each briefing (`PUBLISH_HOUR`), and of the default schedule.
   * @default 6
   */
  readonly publishHour?: number;
  /**
   * Number of briefings the feeds keep (`HISTORY_SIZE`).
   * @default 30
   */
  readonly historySize?: number;
  /**
   * Number of stories a briefing lists; the rest are counted (`MAX_STORIES`).
   * @default 20
   */
  readonly maxStories?: number;
  /**
   * Sentences in each story's summary (`SUMMARY_SENTENCES`).
   * @default 3
   */
  readonly summarySentences?: number;
  /**
   * Title of the feeds and pages (`FEED_TITLE`).
   * @default 'Daily Briefing'
   */
  readonly feedTitle?: string;
  /**
   * E-mail address notified by the alarms.
   * @default - no subscription
   */
  readonly alarmEmail?: string;
  /**
   * Custom domain of the site; needs `certificateArn`.
   * @default - the distribution's `*.cloudfront.net` domain
   */
  readonly domainName?: string;
  /**
   * ACM certificate in us-east-1 for `domainName`.
   * @default - none
   */
  readonly certificateArn?: string;
  /**
   * Function memory in MB.
   * @default 1769 - one full vCPU; from `npm run bench` (BENCHMARKS.md)
   */
  readonly memorySize?: number;
  /**
   * Function timeout.
   * @default Duration.minutes(15) - Lambda's maximum: the run reading every article once (BENCHMARKS.md)
   */
  readonly timeout?: Duration;
}

/**
 * The whole product on AWS: the site (bucket + CloudFront), the briefing function, its schedule and its alarms.
 * Outputs `FeedUrl`, `SiteUrl`, `BucketName`, `DistributionDomainName`, `FunctionName` and `AlarmTopicArn`.
 */
export class BriefingStack extends Stack {
  /** The published site. */
  readonly site: FeedSite;
  /** The briefing function. */
  readonly briefing: BriefingFunction;
  /** The schedule and its dead-letter queue. */
  readonly schedule: DailySchedule;
  /** The alarms and their topic. */
  readonly alarms: FailureAlarms;

  constructor(scope: Construct, id: string, props: BriefingStackProps = {}) {
    super(scope, id, props);
    assertCustomDomain(props.domainName, props.certificateArn);
    const publishHour = props.publishHour ?? CONFIG_DEFAULTS.publishHour;
    assertConfigLimit('publishHour', publishHour);

    this.site = new FeedSite(this, 'Site', {
      domainName: props.domainName,
      certificate:
        props.certificateArn === undefined ? undefined : acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn),
    });
    // Stateful resources keep these logical IDs whatever the construct tree becomes: a changed ID would make
    // CloudFormation create a new, empty bucket (or queue, or log group) and orphan the old one.
    pinLogicalId(this.site.bucket, 'SiteBucket');
    pinLogicalId(this.site.accessLogBucket, 'AccessLogBucket');

    this.briefing = new BriefingFunction(this, 'Briefing', {
      bucket: this.site.bucket,
      baseUrl: this.site.siteUrl,
      timezone: props.timezone,
      publishHour,
      historySize: props.historySize,
      maxStories: props.maxStories,
      summarySentences: props.summarySentences,
      feedTitle: props.feedTitle,
      memorySize: props.memorySize,
      timeout: props.timeout,
    });
    pinLogicalId(this.briefing.logGroup, 'BriefingLogGroup');

    this.schedule = new DailySchedule(this, 'Schedule', {
      target: this.briefing.function,
      expression: props.schedule ?? `cron(0 ${publishHour} * * ? *)`,
      timezone: props.timezone,
    });
    pinLogicalId(this.schedule.deadLetterQueue, 'BriefingDeadLetterQueue');

    this.alarms = new FailureAlarms(this, 'Alarms', {
      function: this.briefing.function,
      deadLetterQueue: this.schedule.deadLetterQueue,
      metricsNamespace: METRICS_NAMESPACE,
      serviceName: SERVICE_NAME,
      alarmEmail: props.alarmEmail,
    });
    pinLogicalId(this.alarms.topic, 'AlarmTopic');

    new CfnOutput(this, 'FeedUrl', { description: 'RSS 2.0 feed: subscribe to this', value: `${this.site.siteUrl}feed.xml` });
    new CfnOutput(this, 'SiteUrl', { description: 'Briefing pages', value: this.site.siteUrl });
    new CfnOutput(this, 'BucketName', {
      description: 'Drop articles under articles/ here',
      value: this.site.bucket.bucketName,
    });
    new CfnOutput(this, 'DistributionDomainName', {
      description: 'Target of the CNAME for a custom domain',
      value: this.site.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'FunctionName', {
      description: 'Invoke it to publish now instead of at the next scheduled run',
      value: this.briefing.function.functionName,
    });
    new CfnOutput(this, 'AlarmTopicArn', { description: 'Subscribe here for alarms', value: this.alarms.topic.topicArn });
  }
}

/** A construct whose logical ID was to be pinned has no single CloudFormation resource. */
export class PinLogicalIdError extends Error {
  override readonly name = 'PinLogicalIdError';
}

function pinLogicalId(construct: IConstruct, logicalId: string): void {
  const resource = construct.node.defaultChild;
  if (!(resource instanceof CfnElement)) {
    throw new PinLogicalIdError(
      `${construct.node.path}: has no default CloudFormation resource to pin as "${logicalId}"; pin its L1 child instead`,
    );
  }
  resource.overrideLogicalId(logicalId);
}
