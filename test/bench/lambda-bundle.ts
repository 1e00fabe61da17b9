import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_ALIASES, createBundlingOptions } from '../../infra/constructs/function-bundling.ts';

/** The bundled Lambda: its minified size and how long a fresh Node takes to import it. */
export interface LambdaFigures {
  readonly bytes: number;
  /** Median of the cold `await import(bundle)` times, in ms. */
  readonly coldImportMs: number;
  /** Each process's import time, in ms. */
  readonly samples: readonly number[];
  /** Modules left out of the bundle (none when the AWS SDK is bundled). */
  readonly external: readonly string[];
  /** The packages (or project files) that take the most bytes of the bundle, largest first. */
  readonly largest: readonly { readonly name: string; readonly bytes: number }[];
}

/**
 * Bundles lambda/handler.ts with the options infra/ deploys it with (createBundlingOptions: ESM, node22,
 * minified, the createRequire banner, `module` before `main`, and the same external modules — none, since
 * infra/ bundles the AWS SDK rather than trusting the runtime's copy). The size is the .mjs alone, without
 * the source map.
 */
export async function bundleLambda(
  root: string,
  outDir: string,
): Promise<{ file: string; bytes: number; external: string[]; largest: LambdaFigures['largest'] }> {
  const options = createBundlingOptions();
  const file = join(outDir, 'index.mjs');
  const external = [...(options.externalModules ?? [])];
  const { metafile } = await build({
    entryPoints: [join(root, 'lambda/handler.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: options.target ?? 'node22',
    minify: options.minify ?? true,
    mainFields: options.mainFields ?? ['module', 'main'],
    banner: options.banner ? { js: options.banner } : {},
    external,
    alias: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([name, path]) => [name, join(root, path)])),
    charset: 'utf8',
    logLevel: 'silent',
    metafile: true,
  });
  const inputs = Object.values(metafile?.outputs ?? {})[0]?.inputs ?? {};
  return { file, bytes: statSync(file).size, external, largest: largestPackages(inputs) };
}

/** Sums the bundle's bytes per npm package (`node_modules/<name>` or `<@scope/name>`), project files as one. */
function largestPackages(inputs: Record<string, { bytesInOutput: number }>, count = 6): LambdaFigures['largest'] {
  const totals = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = match?.[1] ?? 'project (lambda/)';
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

// Runs in a fresh process: imports the bundle once and prints how long it took.
const IMPORT_ONCE = 'const started = performance.now(); await import(process.argv[1]); console.log(performance.now() - started);';

/** Median time of `await import(bundle)` over `runs` fresh `node` processes, each cold. */
export function measureColdImport(file: string, runs = 5): { medianMs: number; samples: number[] } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', IMPORT_ONCE, pathToFileURL(file).href], {
      // As on Lambda: a region is set, no credentials are needed to import.
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-1', LAMBDA_TASK_ROOT: join(file, '..') },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`importing the bundle ${file} failed (exit ${result.status}): ${result.stderr}`);
    samples.push(Number(result.stdout.trim()));
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, samples };
}

/** Bundles the Lambda into `outDir` and measures it. */
export async function measureLambda(root: string, outDir: string, runs = 5): Promise<LambdaFigures> {
  const { file, bytes, external, largest } = await bundleLambda(root, outDir);
  const { medianMs, samples } = measureColdImport(file, runs);
  return { bytes, coldImportMs: medianMs, samples, external, largest };
}
