import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../../../lambda/core/config.ts';
import { runStages, runWhole } from './run-stages.ts';

// The child process of `npm run bench`: measures one corpus in a fresh process, so its peak RSS is its own,
// then prints one JSON line. `--mode stages` times each stage; `--mode whole` runs runBriefing as one piece.
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    mode: { type: 'string', default: 'stages' },
    now: { type: 'string', default: '2024-06-01T12:00:00Z' },
  },
});
if (!values.corpus) throw new Error('--corpus is required: the folder of generated articles to measure');
const out = mkdtempSync(join(tmpdir(), 'briefing-bench-out-'));
try {
  const config = parseConfig(
    { baseUrl: 'http://127.0.0.1:8080/' },
    {
      baseUrl: 'baseUrl',
      timezone: 'timezone',
      publishHour: 'publishHour',
      historySize: 'historySize',
      title: 'title',
      maxStories: 'maxStories',
    },
  );
  const input = { corpus: values.corpus, out, config, now: new Date(values.now) };
  const result = values.mode === 'whole' ? await runWhole(input) : await runStages(input);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
