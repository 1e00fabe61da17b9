import { describe, expect, it } from 'vitest';
import { exitStatusOf, summariseRun } from '../../../lambda/report.ts';
import type { RunReport } from '../../../lambda/run-briefing.ts';

const CLEAN: RunReport = {
  published: ['2023-11-08'],
  updated: [],
  unchanged: ['2023-11-06'],
  waiting: [],
  failed: [],
  deferred: [],
  articlesUsed: 3,
  rejected: [],
  ignored: [],
  written: ['briefings/2023-11-08.json', 'manifest.json'],
  attempts: 1,
};
const FAILED: RunReport = {
  ...CLEAN,
  failed: [{ date: '2023-11-07', reason: 'RangeError: Invalid typed array length' }],
  deferred: ['2023-11-01', '2023-11-02'],
};

describe('Function: summariseRun', () => {
  it('names each failed day with its error, and the deferred days', () => {
    const summary = summariseRun(FAILED);
    expect(summary).toContain(
      'Failed: 1 (2023-11-07); a published day keeps its last version\n  failed 2023-11-07: RangeError: Invalid typed array length',
    );
    expect(summary).toContain('Deferred to the next run (out of time): 2 (2023-11-01, 2023-11-02)');
  });

  it('says nothing of failures or deferrals when there are none', () => {
    expect(summariseRun(CLEAN)).not.toMatch(/Failed|Deferred/);
  });
});

describe('Function: exitStatusOf', () => {
  it.each([
    ['a clean run', CLEAN, false, 0],
    ['a failed day', FAILED, false, 1],
    ['a rejected article', { ...CLEAN, rejected: [{ name: 'x.txt', reason: 'empty' }] }, false, 0],
    ['a rejected article with --strict', { ...CLEAN, rejected: [{ name: 'x.txt', reason: 'empty' }] }, true, 1],
    ['deferred days only', { ...CLEAN, deferred: ['2023-11-01'] }, true, 0],
  ] as const)('gives %s status %i', (_, report, strict, status) => {
    expect(exitStatusOf(report, { strict })).toBe(status);
  });
});
