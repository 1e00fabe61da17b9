import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import type { BriefingStackProps } from '../../infra/briefing-stack.ts';
import { synthBriefingStack } from './synth-stack.ts';
import { requireTool } from '../tools/test-tools.ts';

const VARIANTS: Record<string, BriefingStackProps> = {
  'the default stack': {},
  'a stack with a custom domain and an alarm e-mail': {
    domainName: 'news.example.com',
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0b3b5d1e-1111-2222-3333-444455556666',
    alarmEmail: 'ops@example.com',
  },
};

/** cfn-lint's JSON output: one entry per finding. */
interface CfnLintMatch {
  readonly Level: 'Error' | 'Warning' | 'Informational';
  readonly Rule: { readonly Id: string };
  readonly Message: string;
}

function runCfnLint(template: unknown): CfnLintMatch[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cfn-lint-')), 'template.json');
  writeFileSync(file, JSON.stringify(template));
  const run = spawnSync(requireTool('cfn-lint'), ['--format', 'json', '--', file], { encoding: 'utf8', timeout: 90_000 });
  if (run.error) throw new Error(`cfn-lint could not run (${run.error.message}); reinstall it with: npm run test:tools`);
  // Exit status is a bit mask of the levels found (2 error, 4 warning, 8 informational); the JSON lists them.
  return JSON.parse(run.stdout || '[]') as CfnLintMatch[];
}

describe.each(Object.entries(VARIANTS))('Compliance: %s', (_name, props) => {
  const { app, stack, template } = synthBriefingStack(props);

  it('has no unacknowledged cdk-nag AwsSolutions finding, error or warning', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    const findings = report.violations.map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges each cdk-nag rule with a specific reason', () => {
    const acknowledged = app.node
      .findAll()
      .flatMap((node) => node.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledged) {
      expect(reason.length, `${id} needs a reason that says why it does not apply here`).toBeGreaterThanOrEqual(60);
    }
    // One reason per finding: a copy-pasted blanket reason would show up as a duplicate.
    const reasons = acknowledged.map(([, reason]) => reason);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('synthesizes without CDK warnings or errors', () => {
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  });

  it('passes cfn-lint with no errors and no warnings', () => {
    const matches = runCfnLint(template.toJSON());
    expect(matches.map((m) => `${m.Level} ${m.Rule.Id}: ${m.Message}`)).toEqual([]);
  });
});
