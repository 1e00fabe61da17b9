import type { TestTool } from './test-tools.ts';

/** What the installer found on this machine. */
export interface MachineState {
  /** Tools the tests need that are not installed. */
  readonly missing: readonly TestTool[];
  /** Running as root: apt can be run directly. */
  readonly isRoot: boolean;
  readonly hasAptGet: boolean;
  readonly hasSudo: boolean;
  /** `python3` on PATH, if any. */
  readonly python: string | undefined;
  /** The Python on PATH has pip and is not marked externally managed (PEP 668), so it takes packages itself. */
  readonly pythonTakesPip: boolean;
  /** The Python on PATH can create a virtual environment (Debian ships `venv` apart, as python3-venv). */
  readonly pythonCanVenv: boolean;
  /** The project's `.venv` exists already. */
  readonly hasVenv: boolean;
  /** The `.venv` folder, and its Python. */
  readonly venvDir: string;
  readonly venvPython: string;
}

/** One command to run, with why. */
export interface InstallStep {
  readonly why: string;
  readonly command: readonly string[];
}

/** What the installer will do, and what it cannot. */
export interface InstallPlan {
  readonly steps: readonly InstallStep[];
  /** Set when some packages cannot be installed from here: one message listing them and the command to run. */
  readonly blocked?: string;
}

/**
 * Plans the installation of the missing test tools. Debian packages go through apt when root, through sudo when
 * it is available; otherwise the plan is blocked with one message listing the exact packages and the command.
 * Python packages go into the Python on PATH when it takes pip, else into the project's `.venv` (PEP 668 systems
 * such as Debian 12 and Ubuntu 24.04 refuse `pip install` outside a virtual environment).
 */
export function planInstall(state: MachineState): InstallPlan {
  const apt = state.missing.flatMap((tool) => ('apt' in tool.install ? [tool.install.apt] : []));
  const pip = state.missing.flatMap((tool) => ('pip' in tool.install ? [tool.install.pip] : []));
  const steps: InstallStep[] = [];
  const usesVenv = pip.length > 0 && !(state.python && state.pythonTakesPip);
  // A Python to make the .venv with, from apt when the machine has none or its venv module is missing.
  if (usesVenv && !state.hasVenv && !state.python) apt.push('python3', 'python3-venv');
  else if (usesVenv && !state.hasVenv && !state.pythonCanVenv) apt.push('python3-venv');

  let blocked: string | undefined;
  if (apt.length > 0) {
    const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...apt];
    if (!state.hasAptGet) {
      blocked = `This machine has no apt-get: install the equivalent of these Debian packages with its package manager: ${apt.join(' ')}`;
    } else if (state.isRoot || state.hasSudo) {
      const sudo = state.isRoot ? [] : ['sudo'];
      steps.push({ why: 'update the package lists', command: [...sudo, 'apt-get', 'update', '-qq'] });
      steps.push({ why: `Debian packages: ${apt.join(', ')}`, command: [...sudo, ...install] });
    } else {
      blocked = `Installing Debian packages needs root or sudo, and this user has neither: as root, run: ${install.join(' ')}`;
    }
  }
  if (pip.length > 0) {
    if (!usesVenv) {
      steps.push({ why: `Python packages into ${state.python}`, command: [state.python!, '-m', 'pip', 'install', '--quiet', ...pip] });
    } else {
      if (!state.hasVenv)
        steps.push({
          why: `a project-local Python environment (git-ignored)`,
          command: [state.python ?? 'python3', '-m', 'venv', state.venvDir],
        });
      steps.push({ why: `Python packages into ${state.venvDir}`, command: [state.venvPython, '-m', 'pip', 'install', '--quiet', ...pip] });
    }
  }
  return blocked === undefined ? { steps } : { steps, blocked };
}
