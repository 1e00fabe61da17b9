import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';

const ARTICLE = 'date 2023-11-06\nWang Yi met Sergei Lavrov in Beijing.\n';

describe('Function: createFolderSource', () => {
  let root: string;
  let seeds: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'folder-source-'));
    seeds = join(root, 'seeds');
    await mkdir(seeds);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  /** Writes files under the seeds folder, creating their folders. */
  async function write(files: Record<string, string>): Promise<void> {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(seeds, path)), { recursive: true });
      await writeFile(join(seeds, path), text);
    }
  }
  const list = () => createFolderSource({ dir: seeds, displayName: (path) => path }).list();
  const textOf = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

  it('reads *.txt files at any depth, in path order', async () => {
    // Prepare
    await write({
      'b.txt': ARTICLE,
      'a.txt': ARTICLE,
      '2023/101_port_strike.txt': ARTICLE,
      '2023/11/07/x.txt': ARTICLE,
      'z/y/x/w/v/deep.txt': ARTICLE,
    });

    // Act
    const listing = await list();

    // Assess
    expect(listing.files.map((f) => f.name)).toEqual([
      '2023/101_port_strike.txt',
      '2023/11/07/x.txt',
      'a.txt',
      'b.txt',
      'z/y/x/w/v/deep.txt',
    ]);
    expect(listing.files.every((f) => textOf(f.bytes) === ARTICLE)).toBe(true);
    expect(listing.rejected).toEqual([]);
    expect(listing.ignored).toEqual([]);
  });

  it('skips hidden files and hidden folders at every level, and reports other names as ignored', async () => {
    // Prepare
    await write({
      'ok.txt': ARTICLE,
      '.hidden.txt': ARTICLE,
      '.git/HEAD': 'ref',
      '2023/.drafts/x.txt': ARTICLE,
      '2023/11/.y.txt': ARTICLE,
      '2023/11/notes.md': ARTICLE,
      '2023/page.html': ARTICLE,
      README: ARTICLE,
    });

    // Act
    const listing = await list();

    // Assess
    expect(listing.files.map((f) => f.name)).toEqual(['ok.txt']);
    expect(listing.ignored).toEqual(['2023/11/notes.md', '2023/page.html', 'README']);
  });

  it('names files by the folder joined with their path by default', async () => {
    await write({ '2023/11/x.txt': ARTICLE });
    const listing = await createFolderSource({ dir: seeds }).list();
    expect(listing.files.map((f) => f.name)).toEqual([join(seeds, '2023', '11', 'x.txt')]);
  });

  it('follows a symbolic link to an article outside the folder, named by the link', async () => {
    // Prepare
    await writeFile(join(root, 'elsewhere.txt'), ARTICLE);
    await symlink(join(root, 'elsewhere.txt'), join(seeds, 'linked.txt'));

    // Act
    const listing = await list();

    // Assess
    expect(listing.files.map((f) => [f.name, textOf(f.bytes)])).toEqual([['linked.txt', ARTICLE]]);
  });

  it('reads a file reached both directly and through a link once', async () => {
    await write({ 'a.txt': ARTICLE });
    await symlink(join(seeds, 'a.txt'), join(seeds, 'b-link.txt'));
    await symlink('.', join(seeds, 'again'));
    const listing = await list();
    expect(listing.files.map((f) => f.name)).toEqual(['a.txt']);
  });

  it('follows linked folders without looping on a link back to an ancestor', async () => {
    // Prepare: seeds/2023/up -> seeds, seeds/more -> a folder outside, which links back into seeds.
    await write({ '2023/x.txt': ARTICLE });
    await mkdir(join(root, 'outside'));
    await writeFile(join(root, 'outside', 'o.txt'), ARTICLE);
    await symlink(seeds, join(seeds, '2023', 'up'));
    await symlink(join(root, 'outside'), join(seeds, 'more'));
    await symlink(join(seeds, '2023'), join(root, 'outside', 'back'));

    // Act
    const listing = await list();

    // Assess
    expect(listing.files.map((f) => f.name)).toEqual(['2023/x.txt', 'more/o.txt']);
    expect(listing.rejected).toEqual([]);
  });

  it('rejects a broken or self-referencing link by name, with the reason', async () => {
    // Prepare
    await symlink(join(root, 'gone.txt'), join(seeds, 'broken.txt'));
    await symlink(join(seeds, 'loop.txt'), join(seeds, 'loop.txt'));

    // Act
    const listing = await list();

    // Assess
    expect(listing.files).toEqual([]);
    expect(listing.rejected).toEqual([
      { name: 'broken.txt', reason: 'symbolic link to a file that does not exist; point it at an article or remove it' },
      { name: 'loop.txt', reason: 'symbolic link that loops back on itself; point it at an article or remove it' },
    ]);
  });

  it('fails with the file-system error, naming the path, when the folder does not exist', async () => {
    const missing = join(root, 'missing');
    await expect(createFolderSource({ dir: missing }).list()).rejects.toMatchObject({ code: 'ENOENT', path: missing });
  });
});
