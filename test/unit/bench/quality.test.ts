import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatRow } from '../../bench/quality/evaluate.ts';
import { lcsLength, rougeTokens, scoreSummary } from '../../bench/quality/rouge.ts';
import type { System } from '../../bench/quality/systems.ts';

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

describe('Function: evaluate', () => {
  // A system that returns its first sentence, whatever it is asked: the scores are then known by hand.
  const firstSentence: System = (documents) => [documents[0]!.split('. ')[0]!];
  const items = [
    { id: 'a', documents: ['the cat sat. more text'], summary: 'the cat sat' },
    { id: 'b', documents: ['a dog ran. more text'], summary: 'the cat sat' },
  ];

  it('averages ROUGE F1 (x100) and words over the items, and keeps each summary with its id', () => {
    const result = evaluate(firstSentence, items, 1);

    expect(result.r1).toBeCloseTo(50, 10); // 100 for "a", 0 for "b"
    expect(result.rl).toBeCloseTo(50, 10);
    expect(result.words).toBe(3);
    expect(result.rlArticleOrder).toBeUndefined();
    expect(result.summaries).toEqual([
      { id: 'a', summary: 'the cat sat' },
      { id: 'b', summary: 'a dog ran' },
    ]);
  });
});

describe('Function: formatRow', () => {
  const result = { r1: 41.234, r2: 20, rl: 38.5, rlArticleOrder: undefined, words: 55.5, summaries: [] };

  it('writes the scores to two decimals, a missing one as a dash, and the speeds rounded', () => {
    expect(formatRow('LEAD-3', result, { unseen: 1234.4, seen: 1500.6 })).toBe(
      '| LEAD-3 | 41.23 | 20.00 | 38.50 | – | 55.50 | 1234 | 1501 |',
    );
  });

  it('writes dashes for the speeds when they were not measured', () => {
    expect(formatRow('LEAD-3', result, undefined)).toBe('| LEAD-3 | 41.23 | 20.00 | 38.50 | – | 55.50 | – | – |');
  });
});

describe('Script: bench:quality', () => {
  it('scores a small single-document file with speed off, and writes one summary per item', () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'quality-'));
    const data = join(dir, 'tiny.jsonl');
    const out = join(dir, 'out.jsonl');
    const text = 'The ferry left Marlow late. Storms delayed the ferry for hours. Passengers waited in Marlow. The port reopened at noon.';
    writeFileSync(data, `${JSON.stringify({ id: 't1', text, summary: 'Storms delayed the ferry for hours.' })}\n`);

    // Act
    // --no-speed: timing (5 fresh processes per system) belongs to `npm run bench:quality`, not to a unit test.
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'test/bench/quality.ts', '--data', data, '--sentences', '2', '--out', out, '--no-speed'],
      {
        encoding: 'utf8',
      },
    );

    // Assess
    for (const system of ['daily-briefing', 'LEAD-2', 'ts-textrank \\(npm\\)']) {
      expect(output).toMatch(new RegExp(`^\\| ${system} \\|( \\d+\\.\\d\\d \\|){3} – \\| \\d+\\.\\d\\d \\| – \\| – \\|$`, 'm'));
    }
    expect(output).toContain('Speed not measured (--no-speed).');
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; summary: string });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.id).toBe('t1');
  }, 30_000);
});
