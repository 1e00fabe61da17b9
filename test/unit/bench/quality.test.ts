import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lcsLength, rougeTokens, scoreSummary } from '../../bench/quality/rouge.ts';

describe('Function: scoreSummary', () => {
  it('matches a hand-computed example (Lin 2004, tokens [a-z0-9]+)', () => {
    // candidate: the cat sat on the mat (6); reference: the cat was on the mat u s made (9)
    const scores = scoreSummary('The cat sat on the mat.', 'The cat was on the mat, U.S.-made.');

    expect(scores.r1).toBeCloseTo((2 * 5) / (6 + 9), 10); // the×2, cat, on, mat
    expect(scores.r2).toBeCloseTo((2 * 3) / (5 + 8), 10); // "the cat", "on the", "the mat"
    expect(scores.rl).toBeCloseTo((2 * 5) / (6 + 9), 10); // LCS: the cat on the mat
  });

  it('computes the LCS over the whole token sequence', () => {
    expect(lcsLength(rougeTokens('a b c d'), rougeTokens('b d a c'))).toBe(2);
  });
});

describe('Script: bench:quality', () => {
  it('scores a small single-document file and writes one summary per item', () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'quality-'));
    const data = join(dir, 'tiny.jsonl');
    const out = join(dir, 'out.jsonl');
    const text = 'The ferry left Marlow late. Storms delayed the ferry for hours. Passengers waited in Marlow. The port reopened at noon.';
    writeFileSync(data, `${JSON.stringify({ id: 't1', text, summary: 'Storms delayed the ferry for hours.' })}\n`);

    // Act
    const output = execFileSync('npx', ['tsx', 'test/bench/quality.ts', '--data', data, '--sentences', '2', '--out', out], {
      encoding: 'utf8',
    });

    // Assess
    expect(output).toMatch(/\| daily-briefing \|/);
    expect(output).toMatch(/\| LEAD-2 \|/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; summary: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.id).toBe('t1');
  }, 30_000);
});
