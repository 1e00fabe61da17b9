/**
 * A briefing run on the filesystem that kills its own process with SIGKILL at its Nth rename, after the Nth
 * file's temporary copy is written and before it replaces the file: what a crash, an OOM kill or `kill -9` leaves.
 * Usage: tsx test/helpers/killed-run.ts SEEDS OUT TITLE N
 */
import * as nodeFs from 'node:fs/promises';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createFsStore, type FsClient } from '../../lambda/adapters/fs-store.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { runBriefing } from '../../lambda/run-briefing.ts';
import { interruptedRunConfig, INTERRUPTED_RUN_NOW } from './interrupted-run.ts';

const [seeds, out, title, killAt] = process.argv.slice(2);
if (!seeds || !out || !title || !killAt) throw new Error('usage: killed-run.ts SEEDS OUT TITLE N');
let renames = 0;
const fs: FsClient = {
  ...nodeFs,
  async rename(from, to) {
    renames += 1;
    if (renames === Number(killAt)) {
      process.kill(process.pid, 'SIGKILL');
      await new Promise(() => undefined); // never resumes: the signal ends the process
    }
    return nodeFs.rename(from, to);
  },
};
await runBriefing({
  sources: [createFolderSource({ dir: seeds })],
  store: createFsStore({ dir: out, fs }),
  clock: () => INTERRUPTED_RUN_NOW,
  config: interruptedRunConfig(title),
  composer: createInProcessComposer(),
});
console.log(`finished after ${renames} renames`);
