import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BriefingStack, type BriefingStackProps } from '../../infra/briefing-stack.ts';

/** The feature flags and settings of `cdk.json`, so a test synthesizes exactly what `npm run synth` does. */
export function readCdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };
  return cdkJson.context;
}

/** Options of {@link synthBriefingStack}. */
export interface SynthOptions {
  /**
   * Run esbuild for the function; without it the asset is a placeholder, which is enough for template assertions.
   * @default false
   */
  readonly bundle?: boolean;
  /**
   * Where the cloud assembly goes.
   * @default - a fresh temporary directory
   */
  readonly outdir?: string;
}

/** A new app with the stack under test, as `infra/app.ts` builds it, and its template. */
export function synthBriefingStack(props: BriefingStackProps = {}, { bundle = false, outdir }: SynthOptions = {}) {
  const context = { ...readCdkJsonContext(), ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) };
  const app = new App({ context, outdir });
  const stack = new BriefingStack(app, 'DailyBriefing', props);
  return { app, stack, template: Template.fromStack(stack) };
}
