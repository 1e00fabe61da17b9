import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The npm packages that go into the outputs the entry loads before it runs: its chunk and those it imports statically. */
function packagesLoadedAtStart(metafile: Metafile, entry: string): Set<string> {
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === entry)!;
  const loaded = new Set<string>();
  const visit = (name: string): void => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(start);
  const packages = new Set<string>();
  for (const name of loaded) {
    for (const input of Object.keys(outputs[name]!.inputs)) {
      const path = input.split('node_modules/')[1];
      if (path) packages.add(path.split('/', path.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return packages;
}

describe('CLI: lambda/cli.ts', () => {
  it('loads the feed stage only when --sources names a list', async () => {
    // Prepare: the CLI's module graph as esbuild splits it; a dynamic import becomes a chunk loaded on demand.
    const { metafile } = await build({
      entryPoints: ['lambda/cli.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      write: false,
      metafile: true,
      outdir: 'cli-imports-test',
      logLevel: 'silent',
    });

    // Act
    const packages = packagesLoadedAtStart(metafile, 'lambda/cli.ts');

    // Assess: the feed libraries cost a run ~50 MB and ~0.8 s of start-up (BENCHMARKS.md).
    for (const feedLibrary of ['fast-xml-parser', 'feedsmith', 'html-to-text', 'linkedom', '@mozilla/readability']) {
      expect(packages).not.toContain(feedLibrary);
    }
    expect(packages).toContain('feed'); // the renderers: the check sees the packages the CLI does load
  });
});
