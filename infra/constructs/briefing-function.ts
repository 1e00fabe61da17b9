import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { CONFIG_DEFAULTS } from '../../lambda/core/config.ts';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../lambda/core/telemetry.ts';
import { assertConfigLimit, assertFeedTitle, assertTimeZone } from '../validation.ts';
import { createBucketAccessStatements, OBJECT_WILDCARDS } from './bucket-access.ts';
import { createBundlingOptions } from './function-bundling.ts';
import { wildcardResourceFinding } from './nag-findings.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Options of {@link BriefingFunction}. */
export interface BriefingFunctionProps {
  /** The bucket the function reads articles from and publishes to (`FEED_BUCKET`). */
  readonly bucket: s3.IBucket;
  /** The public site URL with a trailing slash (`BASE_URL`), e.g. `https://d111.cloudfront.net/`. */
  readonly baseUrl: string;
  /**
   * IANA time zone of the briefing dates (`TIMEZONE`).
   * @default 'UTC'
   */
  readonly timezone?: string;
  /**
   * Hour, in `timezone`, stamped on each briefing (`PUBLISH_HOUR`).
   * @default 6
   */
  readonly publishHour?: number;
  /**
   * Number of briefings kept in the feeds (`HISTORY_SIZE`).
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
   * Memory in MB; CPU scales with it, and the NLP models dominate the run time.
   * @default 1769 - one full vCPU; from `npm run bench` (BENCHMARKS.md)
   */
  readonly memorySize?: number;
  /**
   * Run time limit. A daily batch job is billed for the time it runs, not its limit; Lambda's maximum leaves room for
   * the one run that must read every article (no article index yet: ~110,000 GETs for ten years take ~3 minutes).
   * @default Duration.minutes(15) - see BENCHMARKS.md, "Article index"
   */
  readonly timeout?: Duration;
  /**
   * How long the function's logs are kept.
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * The handler's source file.
   * @default 'lambda/handler.ts' in this repository
   */
  readonly entry?: string;
}

/**
 * The scheduled briefing function: Node.js 22 on ARM64, bundled locally by esbuild as minified ESM with the seed
 * articles, allowed only the S3 calls it makes and writing to its own log group.
 */
export class BriefingFunction extends Construct {
  /** The Lambda function. */
  readonly function: NodejsFunction;
  /** The function's log group, with retention set. */
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: BriefingFunctionProps) {
    super(scope, id);
    const settings = validateSettings(props);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      // Logs are bounded by their retention and worthless without the function.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Daily briefing function: read articles, publish feeds, write its own logs',
      // Inline, so that the permissions exist before the function does; and no AWSLambdaBasicExecutionRole, which
      // would allow writing to every log group in the account.
      inlinePolicies: {
        BucketAccess: new iam.PolicyDocument({ statements: createBucketAccessStatements(props.bucket) }),
        Logs: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              resources: [this.logGroup.logGroupArn],
            }),
          ],
        }),
      },
    });
    this.function = new NodejsFunction(this, 'Function', {
      description: 'Turns articles into the daily briefing and publishes the feeds and pages',
      entry: props.entry ?? path.join(REPO_ROOT, 'lambda/handler.ts'),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      // From `npm run bench` (BENCHMARKS.md, 2-core x86 machine) and its year corpus run in one thread as
      // the function runs it (`npm run briefing -- --threads 1`): a year of back-fill (365 days × 30
      // articles) takes 17.3 s and peaks at 396 MB; a 10,000-article day, 355 MB and 6.3 s. Composing is
      // CPU-bound, and Lambda gives one full vCPU at 1,769 MB, so that size runs the back-fill near the
      // measured speed with 4.5× the memory it needs. A daily run composes only the new day (seconds);
      // 3 minutes leaves the back-fill ~10× headroom. Re-measure before changing them.
      memorySize: props.memorySize ?? 1769,
      timeout: props.timeout ?? Duration.minutes(15),
      role,
      logGroup: this.logGroup,
      bundling: createBundlingOptions(),
      environment: {
        FEED_BUCKET: props.bucket.bucketName,
        BASE_URL: props.baseUrl,
        TIMEZONE: settings.timezone,
        PUBLISH_HOUR: String(settings.publishHour),
        HISTORY_SIZE: String(settings.historySize),
        MAX_STORIES: String(settings.maxStories),
        SUMMARY_SENTENCES: String(settings.summarySentences),
        FEED_TITLE: settings.feedTitle,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        // Stack traces point into the TypeScript sources through the shipped source map.
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
    // CDK's Function declares DependsOn its role next to the GetAtt of the role's ARN (to order the role's default
    // policy too); cfn-lint's W3005 calls that redundant. Scoped to this resource only.
    (this.function.node.defaultChild as lambda.CfnFunction).addMetadata('cfn-lint', { config: { ignore_checks: ['W3005'] } });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime this project is built, benchmarked and tested for (esbuild target node22); Lambda supports it until 2027.',
    });
    acknowledgeObjectWildcards(role, props.bucket);
  }
}

function validateSettings(props: BriefingFunctionProps) {
  // The function's own defaults and limits (lambda/core/config.ts), so synth refuses what a run would refuse.
  const settings = {
    timezone: props.timezone ?? CONFIG_DEFAULTS.timezone,
    publishHour: props.publishHour ?? CONFIG_DEFAULTS.publishHour,
    historySize: props.historySize ?? CONFIG_DEFAULTS.historySize,
    maxStories: props.maxStories ?? CONFIG_DEFAULTS.maxStories,
    summarySentences: props.summarySentences ?? CONFIG_DEFAULTS.summarySentences,
    feedTitle: props.feedTitle ?? CONFIG_DEFAULTS.title,
  };
  assertTimeZone(settings.timezone, 'timezone');
  assertConfigLimit('publishHour', settings.publishHour);
  assertConfigLimit('historySize', settings.historySize);
  assertConfigLimit('maxStories', settings.maxStories);
  assertConfigLimit('summarySentences', settings.summarySentences);
  assertFeedTitle('feedTitle', settings.feedTitle);
  return settings;
}

/** Acknowledges exactly the object wildcards of the bucket policy statements, each a key prefix the function owns. */
function acknowledgeObjectWildcards(role: iam.Role, bucket: s3.IBucket): void {
  for (const pattern of OBJECT_WILDCARDS) {
    Validations.of(role).acknowledge({
      id: wildcardResourceFinding(role, bucket.bucketArn, `/${pattern}`),
      reason: `The function reads or writes every object under ${pattern}, a key prefix it owns; no bucket-wide wildcard, no delete.`,
    });
  }
}
