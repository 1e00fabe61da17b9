import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_TEXT } from '../helpers/articles.ts';
import { hashTree, runCli, tempDir } from '../helpers/cli.ts';

describe('CLI: where articles come from', () => {
  it('reads articles in sub-folders at any depth and through a symlink, and reports ignored files', async () => {
    // Prepare
    const seeds = await tempDir('nested-seeds');
    const outside = await tempDir('outside');
    await mkdir(join(seeds, '2023', '11', '07'), { recursive: true });
    await mkdir(join(seeds, '.drafts'));
    await writeFile(join(seeds, '2023', 'harbour.txt'), `date 2023-11-06\n${STORY_TEXT.harbour}`);
    await writeFile(join(seeds, '2023', '11', '07', 'rail.txt'), `date 2023-11-07\n${STORY_TEXT.rail}`);
    await writeFile(join(seeds, '.drafts', 'draft.txt'), `date 2023-11-08\n${STORY_TEXT.market}`);
    await writeFile(join(seeds, '2023', '11', 'notes.md'), 'not an article');
    await writeFile(join(outside, 'market.txt'), `date 2023-11-07\n${STORY_TEXT.market}`);
    await symlink(join(outside, 'market.txt'), join(seeds, 'linked.txt'));
    await symlink(join(outside, 'gone.txt'), join(seeds, 'broken.txt'));

    // Act
    const result = await runCli(['--seeds', seeds, '--out', await tempDir('nested-out')]);

    // Assess
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Published: 2 (2023-11-06, 2023-11-07)');
    expect(result.stdout).toContain('Articles used: 3; rejected: 1');
    expect(result.stdout).toContain(`rejected ${join(seeds, 'broken.txt')}: symbolic link to a file that does not exist`);
    expect(result.stdout).toContain(`1 file ignored: not .txt (${join(seeds, '2023', '11', 'notes.md')})`);
  });
});

describe('CLI: folders that cannot be used', () => {
  it('fails with one line naming --out when it is a file, exit 2, nothing written', async () => {
    const file = join(await tempDir('out-file'), 'public');
    await writeFile(file, 'not a folder');
    const result = await runCli(['--out', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `error: --out: "${file}" is a file, not a folder; pass a folder to publish into with --out DIR (it is created when missing)\n`,
    );
  });

  it('fails naming --out and the file in the way when a published sub-folder is a file', async () => {
    const out = await tempDir('out-blocked');
    await writeFile(join(out, 'briefings'), 'in the way');
    const result = await runCli(['--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `error: --out: "${join(out, 'briefings')}" is a file, not a folder; move it away, or pass a folder to publish into with --out DIR (it is created when missing)\n`,
    );
  });

  it('fails with one line naming --seeds when the folder does not exist, exit 2, nothing written', async () => {
    const out = await tempDir('seeds-missing-out');
    const missing = join(out, 'no-such-seeds');
    const result = await runCli(['--seeds', missing, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `error: --seeds: "${missing}" does not exist; pass the folder holding your .txt articles with --seeds DIR\n`,
    );
    expect(await hashTree(out)).toEqual({});
  });
});

describe('CLI: whole numbers', () => {
  it.each([
    ['--publish-hour', '0x6', 'from 0 to 23'],
    ['--history', '1e1', 'from 1 to 1000'],
    ['--max-stories', '2.0', 'from 1 to 500'],
    ['--threads', '0b10', 'from 1 to 64'],
  ])('rejects %s %s: plain decimal digits only', async (option, value, range) => {
    const result = await runCli([option, value, '--out', await tempDir('numbers')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: ${option}: "${value}" is not a whole number ${range}\n`);
  });
});
