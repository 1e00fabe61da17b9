import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate-corpus.ts';

const corpora = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(corpora, { recursive: true, force: true }));

describe('Script: npm run bench', () => {
  describe('Function: generateCorpus', () => {
    it('writes the same articles for the same seed, each a dated article of about 350 words', () => {
      // Prepare
      const [a, b] = [join(corpora, 'a'), join(corpora, 'b')];

      // Act
      generateCorpus(a, { articlesPerDay: 12, days: 2, firstDate: '2023-12-31', seed: 7 });
      generateCorpus(b, { articlesPerDay: 12, days: 2, firstDate: '2023-12-31', seed: 7 });

      // Assess
      const names = readdirSync(a).filter((n) => n.endsWith('.txt'));
      expect(names).toHaveLength(24);
      expect(names.filter((n) => n.startsWith('2024-01-01'))).toHaveLength(12);
      for (const name of names) {
        const text = readFileSync(join(a, name), 'utf8');
        expect(text).toBe(readFileSync(join(b, name), 'utf8'));
        expect(text).toMatch(/^date 20\d\d-\d\d-\d\d\n\n\S/);
        expect(text.split(/\s+/).length).toBeGreaterThan(300);
        expect(text.split(/\s+/).length).toBeLessThan(420);
      }
    });
  });

  it('runs on a small corpus and prints the per-corpus and target tables', () => {
    // Act: two tiny days, the CLI end to end on the larger; the year, the Lambda and the stress shapes are left out to stay quick.
    const result = spawnSync(
      'npx',
      ['tsx', 'test/bench/run-bench.ts', '--sizes', '10,20', '--skip', 'year,lambda,shapes', '--corpora', corpora],
      {
        encoding: 'utf8',
      },
    );

    // Assess
    expect(result.stderr).not.toMatch(/bench failed/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\| 10 × 1 day \| 10 \| [\d.]+ m?s \/ \d+ MB \|/);
    expect(result.stdout).toMatch(/\| 20 × 1 day \| 20 \|.*\| ×\d+\.\d\d \|/);
    expect(result.stdout).toContain('| peak RSS at 10,000 (whole run; CLI tree if larger) | < 400 MB | not run |');
    expect(result.stdout).toMatch(/`npm run briefing` on 20 articles: [\d.]+ m?s wall/);
  }, 240_000);
});
