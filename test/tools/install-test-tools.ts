import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { planInstall, type MachineState } from './install-plan.ts';
import { describeMissing, findOnPath, missingTools, pathWithVenv, VENV_DIR } from './test-tools.ts';

/**
 * `npm run test:tools`: installs whatever the tests need that npm cannot (Chromium, newsboat, Universal Feed
 * Parser, fonts from apt; moto and cfn-lint from PyPI), and nothing that is already there. `--dry-run` prints
 * the commands without running them. Exits 0 when every tool is installed afterwards, 1 otherwise.
 */
function main(argv: readonly string[]): number {
  const { values } = parseArgs({ args: [...argv], options: { 'dry-run': { type: 'boolean', default: false } } });
  const env = { ...process.env, PATH: pathWithVenv(process.env.PATH) };
  const state = readMachine(env);
  if (state.missing.length === 0) {
    console.log('Test tools: all installed.');
    return 0;
  }
  console.log(describeMissing(state.missing));
  const plan = planInstall(state);
  for (const step of plan.steps) {
    console.log(`${values['dry-run'] ? 'would run' : 'running'}: ${step.command.join(' ')}   # ${step.why}`);
    if (values['dry-run']) continue;
    const run = spawnSync(step.command[0]!, step.command.slice(1), {
      stdio: 'inherit',
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      console.error(
        `error: "${step.command.join(' ')}" failed (${run.error?.message ?? `exit status ${run.status}`}); fix that, then run npm run test:tools again`,
      );
      return 1;
    }
  }
  if (plan.blocked) console.error(`error: ${plan.blocked}`);
  if (values['dry-run']) return plan.blocked ? 1 : 0;
  const still = missingTools(['integration', 'infra'], { ...env, PATH: pathWithVenv(process.env.PATH) });
  if (still.length > 0) {
    console.error(`error: ${describeMissing(still)}`);
    return 1;
  }
  console.log('Test tools: all installed.');
  return 0;
}

function readMachine(env: NodeJS.ProcessEnv): MachineState {
  const python = findOnPath('python3', env);
  const venvPython = join(VENV_DIR, 'bin', 'python3');
  const ask = (code: string): boolean => python !== undefined && spawnSync(python, ['-c', code], { stdio: 'ignore', env }).status === 0;
  return {
    missing: missingTools(['integration', 'infra'], env),
    isRoot: process.getuid?.() === 0,
    hasAptGet: findOnPath('apt-get', env) !== undefined,
    hasSudo: findOnPath('sudo', env) !== undefined,
    python,
    // PEP 668: a distribution marks its Python with EXTERNALLY-MANAGED in the standard library folder.
    pythonTakesPip: ask(
      "import os, sys, sysconfig, pip; sys.exit(os.path.exists(os.path.join(sysconfig.get_path('stdlib'), 'EXTERNALLY-MANAGED')))",
    ),
    pythonCanVenv: ask('import venv, ensurepip'),
    hasVenv: existsSync(venvPython),
    venvDir: VENV_DIR,
    venvPython,
  };
}

process.exitCode = main(process.argv.slice(2));
