import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findOnPath } from '../tools/test-tools.ts';

/** Programs a child process may need besides the one hidden: the shells, Python, apt and the other test tools. */
const KEEP = ['sh', 'bash', 'env', 'python3', 'apt-get', 'sudo', 'chromium', 'newsboat', 'moto_server', 'cfn-lint'];

/**
 * A PATH like this process's, on which `hidden` cannot be found: every folder that holds it is left out, and a
 * fresh folder of links gives back the other programs a child process may need from those folders.
 */
export async function pathHiding(hidden: string): Promise<string> {
  const original = process.env.PATH ?? '';
  const links = await mkdtemp(join(tmpdir(), 'hidden-tool-path-'));
  for (const name of KEEP.filter((n) => n !== hidden)) {
    const found = findOnPath(name, { PATH: original });
    if (found) await symlink(found, join(links, name));
  }
  const kept = original.split(delimiter).filter((dir) => dir && !findOnPath(hidden, { PATH: dir }));
  return [links, ...kept].join(delimiter);
}
