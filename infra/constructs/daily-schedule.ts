import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { wildcardResourceFinding } from './nag-findings.ts';
import { CONFIG_DEFAULTS } from '../../lambda/core/config.ts';
import { assertIntegerInRange, assertScheduleExpression, assertTimeZone } from '../validation.ts';

/** Options of {@link DailySchedule}. */
export interface DailyScheduleProps {
  /** The function to run. Its asynchronous-invocation failures go to the same dead-letter queue. */
  readonly target: lambda.IFunction;
  /**
   * EventBridge Scheduler expression, evaluated in `timezone`.
   * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#cron-based
   * @default 'cron(0 6 * * ? *)' - every day at 06:00
   */
  readonly expression?: string;
  /**
   * IANA time zone the expression is evaluated in; Scheduler follows its daylight-saving changes.
   * @default 'UTC'
   */
  readonly timezone?: string;
  /**
   * Retries, both by Scheduler (the invocation is refused) and by Lambda (the run fails), before the event goes to
   * the dead-letter queue. Runs are idempotent, so a retry is safe. Lambda allows at most 2.
   * @default 2
   */
  readonly retryAttempts?: number;
  /**
   * How long an undelivered or failing run is retried before it goes to the dead-letter queue.
   * @default Duration.hours(1)
   */
  readonly maxEventAge?: Duration;
}

/**
 * Runs the briefing function on a cron schedule in a time zone, using EventBridge Scheduler: an EventBridge rule can
 * only evaluate cron in UTC, so a local 06:00 would drift by an hour at each daylight-saving change.
 */
export class DailySchedule extends Construct {
  /** The schedule. */
  readonly schedule: scheduler.Schedule;
  /** Receives runs that Scheduler could not deliver and runs that failed after Lambda's retries. */
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: DailyScheduleProps) {
    super(scope, id);
    const expression = props.expression ?? `cron(0 ${CONFIG_DEFAULTS.publishHour} * * ? *)`;
    const timezone = props.timezone ?? CONFIG_DEFAULTS.timezone;
    const retryAttempts = props.retryAttempts ?? 2;
    const maxEventAge = props.maxEventAge ?? Duration.hours(1);
    assertScheduleExpression('schedule', expression);
    assertTimeZone(timezone, 'timezone');
    assertIntegerInRange('retryAttempts', retryAttempts, 0, 2);

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows, so a failure noticed after a holiday can still be inspected.
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the schedule and of the function; nothing consumes it.',
    });

    // Scheduler invokes Lambda asynchronously: its retry policy and DLQ cover delivery only, so the function's own
    // async retries and on-failure destination are what catch a failed run.
    // https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html
    props.target.configureAsyncInvoke({
      retryAttempts,
      maxEventAge,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    const role = createSchedulerRole(this, props.target);
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: `Daily briefing: ${expression} in ${timezone}`,
      schedule: scheduler.ScheduleExpression.expression(expression, TimeZone.of(timezone)),
      target: new LambdaInvoke(props.target, {
        role,
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts,
        maxEventAge,
        input: scheduler.ScheduleTargetInput.fromObject({
          source: 'daily-briefing.schedule',
          scheduledTime: scheduler.ContextAttribute.scheduledTime,
        }),
      }),
    });
  }
}

/**
 * The schedule's own role, rather than CDK's stack-wide shared one, so that its grants (invoke this function, send to
 * this dead-letter queue) and its acknowledgment stay with this schedule. Only Scheduler in this account may assume it.
 */
function createSchedulerRole(scope: Construct, target: lambda.IFunction): iam.Role {
  const role = new iam.Role(scope, 'Role', {
    description: 'Daily briefing schedule: invoke the briefing function, dead-letter failed deliveries',
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
      // Confused-deputy guard: https://docs.aws.amazon.com/scheduler/latest/UserGuide/cross-service-confused-deputy-prevention.html
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
  });
  Validations.of(role).acknowledge({
    id: wildcardResourceFinding(role, target.functionArn, ':*'),
    reason:
      "CDK's grantInvoke also allows the function's versions and aliases (ARN:*); it is still this one function, and only Scheduler can assume the role.",
  });
  return role;
}
