import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pathHiding } from '../helpers/hidden-tool-path.ts';
import { findOnPath, REPO_ROOT } from '../tools/test-tools.ts';

const run = promisify(execFile);

/** Runs a node script of the repository with the given PATH; returns its exit code and everything it printed. */
async function runWithPath(script: string, args: readonly string[], path: string): Promise<{ code: number; output: string }> {
  const options = { cwd: REPO_ROOT, env: { ...process.env, PATH: path, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true' }, timeout: 240_000 };
  try {
    const { stdout, stderr } = await run(process.execPath, [join(REPO_ROOT, script), ...args], options);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: (failed.stdout ?? '') + (failed.stderr ?? '') };
  }
}

const VITEST = 'node_modules/vitest/vitest.mjs';
const TSX = 'node_modules/tsx/dist/cli.mjs';

describe('Test tools: a machine without one', () => {
  it('fails the integration tier in its global setup, before any test runs, with one line naming newsboat', {
    timeout: 300_000,
  }, async () => {
    // Act: the tier, on a PATH where newsboat cannot be found.
    const result = await runWithPath(
      VITEST,
      ['run', '--project', 'integration', 'test/integration/folder-source.test.ts'],
      await pathHiding('newsboat'),
    );

    // Assess
    expect(result.code).not.toBe(0);
    const line =
      'MissingTestToolError: Missing test tool: newsboat (a real feed reader; Debian package newsboat); install it with: npm run test:tools (apt-get install newsboat)';
    expect(result.output).toContain(line);
    expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.output).not.toMatch(/\d+ (passed|skipped)/); // no test ran, none was skipped
    expect(result.output).not.toContain('moto_server'); // moto never started
  });

  it('fails the infra tier in its global setup when cfn-lint is missing, naming its Python package', { timeout: 300_000 }, async () => {
    const result = await runWithPath(
      VITEST,
      ['run', '--project', 'infra', 'test/infra/stack-config.test.ts'],
      await pathHiding('cfn-lint'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      "Missing test tool: cfn-lint (the CloudFormation linter; Python package cfn-lint); install it with: npm run test:tools (pip install 'cfn-lint')",
    );
    expect(result.output).not.toMatch(/\d+ (passed|skipped)/);
  });

  it('plans the Debian package of the missing tool in npm run test:tools, and nothing else', { timeout: 120_000 }, async () => {
    // Act: a dry run prints the commands it would run.
    const result = await runWithPath(TSX, ['test/tools/install-test-tools.ts', '--dry-run'], await pathHiding('newsboat'));

    // Assess: apt directly as root, through sudo otherwise, or one message with the command when neither is there.
    const apt = 'apt-get install -y -qq --no-install-recommends newsboat';
    const isRoot = process.getuid?.() === 0;
    const expected = isRoot ? `would run: ${apt}` : findOnPath('sudo') ? `would run: sudo ${apt}` : `as root, run: ${apt}`;
    expect(result.output).toContain(expected);
    expect(result.output).not.toMatch(/pip install|venv|chromium-|newsboat \w/);
  });

  it('finds every tool on this machine', { timeout: 120_000 }, async () => {
    const result = await runWithPath(TSX, ['test/tools/install-test-tools.ts', '--dry-run'], process.env.PATH ?? '');
    expect(result).toEqual({ code: 0, output: 'Test tools: all installed.\n' });
  });
});
