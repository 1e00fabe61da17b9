/**
 * The CDK app (`cdk.json` runs it with tsx). The only file that reads CDK context; everything else takes props.
 * Context keys, all optional: schedule, timezone, publishHour, historySize, maxStories, summarySentences, feedTitle,
 * alarmEmail, domainName, certificateArn — e.g. `npx cdk deploy -c timezone=Europe/London -c alarmEmail=me@example.com`.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BriefingStack } from './briefing-stack.ts';
import { parseBriefingContext } from './stack-config.ts';

const app = new App();
const config = parseBriefingContext((key) => app.node.tryGetContext(key));

// No `env`: the template is account- and region-agnostic, so synth needs no AWS credentials or network.
new BriefingStack(app, 'DailyBriefing', {
  description: 'Daily briefing: scheduled Lambda publishing RSS, Atom, JSON Feed and HTML through CloudFront',
  ...config,
});

// cdk-nag fails synth (and so deploy) on any AwsSolutions finding that is not acknowledged with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
