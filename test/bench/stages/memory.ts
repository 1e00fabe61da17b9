import { readFileSync, writeFileSync } from 'node:fs';

/** Whether the peak can be reset per stage (Linux's /proc/self/clear_refs), or is the process peak so far. */
export type PeakKind = 'stage' | 'process';

let resettable: boolean | undefined;

/**
 * Starts a new peak-RSS window: collects garbage when `--expose-gc` is on (so a stage is not charged for the
 * previous stage's garbage), then resets the kernel's high-water mark. Writing "5" to clear_refs resets VmHWM.
 * @see https://www.kernel.org/doc/html/latest/admin-guide/mm/soft-dirty.html
 * @returns what the next {@link peakRssMb} measures
 */
export function resetPeak(): PeakKind {
  (globalThis as { gc?: () => void }).gc?.();
  if (resettable === false) return 'process';
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    resettable = true;
  } catch {
    resettable = false;
  }
  return resettable ? 'stage' : 'process';
}

/** Peak resident set size in MB since the last {@link resetPeak} (or since the start, where it cannot reset). */
export function peakRssMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall through to the process-wide peak.
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Wall time and peak RSS of one stage. */
export interface StageStat {
  readonly ms: number;
  readonly peakMb: number;
}

/** Runs one stage in its own peak-RSS window and times it. */
export async function measureStage<T>(work: () => Promise<T> | T): Promise<{ value: T; stat: StageStat }> {
  resetPeak();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  return { value, stat: { ms, peakMb: peakRssMb() } };
}
