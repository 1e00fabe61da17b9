import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The project-local Python environment for the Python tools when the system Python refuses pip (PEP 668); git-ignored. */
export const VENV_DIR = join(REPO_ROOT, '.venv');

/** A test tier that needs tools from outside npm. */
export type ToolTier = 'integration' | 'infra';

/** How a tool gets onto the machine. */
export type ToolPackage = { readonly apt: string } | { readonly pip: string };

/** A program (or library) some tests run, which npm cannot install. */
export interface TestTool {
  /** What the tests run, e.g. `chromium`. */
  readonly name: string;
  /** What it is for, said when it is missing. */
  readonly role: string;
  readonly tiers: readonly ToolTier[];
  readonly install: ToolPackage;
  /** Where it is: the executable or file, or `undefined` when it is not installed. */
  find(env: NodeJS.ProcessEnv): string | undefined;
}

/**
 * Debian's own Python: the one that sees `python3-feedparser` (installed by apt into its dist-packages), and that
 * drives newsboat's pseudo-terminal in the tests.
 */
export const DEBIAN_PYTHON = '/usr/bin/python3';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** Every tool the integration and infra tiers need, with the package that provides it. */
export const TEST_TOOLS: readonly TestTool[] = [
  {
    name: 'chromium',
    role: 'the headless browser of the page tests',
    tiers: ['integration'],
    install: { apt: 'chromium' },
    find: (env) => findOnPath('chromium', env),
  },
  {
    name: 'newsboat',
    role: 'a real feed reader',
    tiers: ['integration'],
    install: { apt: 'newsboat' },
    find: (env) => findOnPath('newsboat', env),
  },
  {
    name: 'feedparser',
    role: `Universal Feed Parser, run by ${DEBIAN_PYTHON}`,
    tiers: ['integration'],
    install: { apt: 'python3-feedparser' },
    find: () => (pythonImports(DEBIAN_PYTHON, 'feedparser') ? DEBIAN_PYTHON : undefined),
  },
  {
    name: 'DejaVu fonts',
    role: 'the fonts of the browser screenshots',
    tiers: ['integration'],
    install: { apt: 'fonts-dejavu-core' },
    find: () => (isFile(FONT) ? FONT : undefined),
  },
  {
    name: 'moto_server',
    role: 'a real S3 API',
    tiers: ['integration', 'infra'],
    install: { pip: 'moto[server]' },
    find: (env) => findOnPath('moto_server', env),
  },
  {
    name: 'cfn-lint',
    role: 'the CloudFormation linter',
    tiers: ['infra'],
    install: { pip: 'cfn-lint' },
    find: (env) => findOnPath('cfn-lint', env),
  },
];

/** The tools of `tiers` that are not installed. */
export function missingTools(tiers: readonly ToolTier[], env: NodeJS.ProcessEnv = process.env): TestTool[] {
  return TEST_TOOLS.filter((tool) => tool.tiers.some((tier) => tiers.includes(tier)) && tool.find(env) === undefined);
}

/**
 * Finds a tool by name, or fails naming it, its package and the command that installs it. Tests run tools through
 * this, so they use what `npm run test:tools` installed, the project's `.venv` included.
 */
export function requireTool(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const tool = TEST_TOOLS.find((t) => t.name === name);
  if (!tool) throw new Error(`${name} is not a known test tool; add it to TEST_TOOLS in test/tools/test-tools.ts`);
  const path = tool.find(env);
  if (path === undefined) throw new MissingTestToolError([tool]);
  return path;
}

/** Tools the tests need are not installed. One line: which, from which package, and the command that installs them. */
export class MissingTestToolError extends Error {
  override readonly name = 'MissingTestToolError';
  constructor(tools: readonly TestTool[]) {
    super(describeMissing(tools));
    // The line says everything; a stack trace into the test harness would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** "Missing test tools: newsboat (a real feed reader; Debian package newsboat) …; install them with: npm run test:tools (…)". */
export function describeMissing(tools: readonly TestTool[]): string {
  const what = tools
    .map((t) => `${t.name} (${t.role}; ${'apt' in t.install ? `Debian package ${t.install.apt}` : `Python package ${t.install.pip}`})`)
    .join(', ');
  const apt = tools.flatMap((t) => ('apt' in t.install ? [t.install.apt] : []));
  const pip = tools.flatMap((t) => ('pip' in t.install ? [`'${t.install.pip}'`] : []));
  const by = [apt.length ? `apt-get install ${apt.join(' ')}` : '', pip.length ? `pip install ${pip.join(' ')}` : '']
    .filter(Boolean)
    .join(', and ');
  return `Missing test ${tools.length === 1 ? 'tool' : 'tools'}: ${what}; install ${tools.length === 1 ? 'it' : 'them'} with: npm run test:tools (${by})`;
}

/** Finds an executable by name on PATH, like `which`. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * PATH with the project's `.venv/bin` at its end, when there is one: the Python tools are found on PATH (the Python
 * the user already has) first, else where `npm run test:tools` put them. The test config applies it once, so every
 * test, helper and child process sees the same tools, and a test that hides a tool by PATH hides the `.venv` too.
 */
export function pathWithVenv(path: string | undefined): string {
  const bin = join(VENV_DIR, 'bin');
  const dirs = (path ?? '').split(delimiter).filter(Boolean);
  return isExecutable(join(bin, 'python3')) && !dirs.includes(bin) ? [...dirs, bin].join(delimiter) : (path ?? '');
}

function pythonImports(python: string, module: string): boolean {
  return isExecutable(python) && spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
