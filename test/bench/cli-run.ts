import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One end-to-end `npm run briefing` on a folder, from spawning npm to its exit. */
export interface CliFigures {
  readonly ms: number;
  /** Peak RSS of the largest process in the tree (npm, tsx, node), when GNU time is available. */
  readonly peakMb?: number;
}

// GNU time reports the child's peak RSS, which on Linux is the largest of the processes it waited for.
const GNU_TIME = '/usr/bin/time';

/**
 * Runs `npm run briefing -- --seeds DIR --out TMP` as a user would, CLI start-up included, and times it.
 * @throws Error with the CLI's output when it exits non-zero
 */
export function runCli(root: string, seeds: string): CliFigures {
  const out = mkdtempSync(join(tmpdir(), 'briefing-bench-cli-'));
  try {
    const npm = ['npm', 'run', '--silent', 'briefing', '--', '--seeds', seeds, '--out', out];
    const timed = existsSync(GNU_TIME);
    const [command, args] = timed ? [GNU_TIME, ['-f', 'BENCH_MAXRSS_KB=%M', ...npm]] : [npm[0]!, npm.slice(1)];
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`npm run briefing on ${seeds} exited ${result.status}: ${result.stderr.slice(-2000)}`);
    const kb = /BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1];
    return kb ? { ms, peakMb: Number(kb) / 1024 } : { ms };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
