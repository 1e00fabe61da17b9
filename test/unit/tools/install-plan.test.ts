import { describe, expect, it } from 'vitest';
import { planInstall, type MachineState } from '../../tools/install-plan.ts';
import { TEST_TOOLS } from '../../tools/test-tools.ts';

const tool = (name: string) => TEST_TOOLS.find((t) => t.name === name)!;

/** A Debian 12 machine as root, with a Python that takes pip; each test changes what it is about. */
function machine(overrides: Partial<MachineState>): MachineState {
  return {
    missing: [],
    isRoot: true,
    hasAptGet: true,
    hasSudo: false,
    python: '/usr/bin/python3',
    pythonTakesPip: true,
    pythonCanVenv: true,
    hasVenv: false,
    venvDir: '/repo/.venv',
    venvPython: '/repo/.venv/bin/python3',
    ...overrides,
  };
}

const commands = (state: Partial<MachineState>) => planInstall(machine(state)).steps.map((s) => s.command.join(' '));

describe('Function: planInstall', () => {
  it('plans nothing when nothing is missing', () => {
    expect(planInstall(machine({}))).toEqual({ steps: [] });
  });

  it('installs the missing Debian packages with apt as root', () => {
    expect(commands({ missing: [tool('chromium'), tool('feedparser')] })).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends chromium python3-feedparser',
    ]);
  });

  it('goes through sudo when not root', () => {
    expect(commands({ missing: [tool('newsboat')], isRoot: false, hasSudo: true })).toEqual([
      'sudo apt-get update -qq',
      'sudo apt-get install -y -qq --no-install-recommends newsboat',
    ]);
  });

  it('rejects installing Debian packages without root or sudo, with one message listing the exact packages and the command', () => {
    const plan = planInstall(machine({ missing: [tool('chromium'), tool('DejaVu fonts')], isRoot: false }));
    expect(plan.steps).toEqual([]);
    expect(plan.blocked).toBe(
      'Installing Debian packages needs root or sudo, and this user has neither: as root, run: apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core',
    );
  });

  it('installs Python tools into the Python on PATH when it takes pip', () => {
    expect(commands({ missing: [tool('moto_server'), tool('cfn-lint')] })).toEqual([
      '/usr/bin/python3 -m pip install --quiet moto[server] cfn-lint',
    ]);
  });

  it('puts Python tools in the project .venv when the system Python refuses pip (PEP 668)', () => {
    expect(commands({ missing: [tool('cfn-lint')], pythonTakesPip: false })).toEqual([
      '/usr/bin/python3 -m venv /repo/.venv',
      '/repo/.venv/bin/python3 -m pip install --quiet cfn-lint',
    ]);
  });

  it('reuses an existing .venv, and adds python3-venv from apt when the Python cannot make one', () => {
    expect(commands({ missing: [tool('moto_server')], pythonTakesPip: false, hasVenv: true })).toEqual([
      '/repo/.venv/bin/python3 -m pip install --quiet moto[server]',
    ]);
    expect(commands({ missing: [tool('moto_server')], pythonTakesPip: false, pythonCanVenv: false })).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends python3-venv',
      '/usr/bin/python3 -m venv /repo/.venv',
      '/repo/.venv/bin/python3 -m pip install --quiet moto[server]',
    ]);
  });

  it('rejects a machine without apt-get, listing the Debian packages to find elsewhere', () => {
    expect(planInstall(machine({ missing: [tool('newsboat')], hasAptGet: false })).blocked).toBe(
      'This machine has no apt-get: install the equivalent of these Debian packages with its package manager: newsboat',
    );
  });
});
