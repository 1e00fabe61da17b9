// Bundles the function's feed stage (lambda/feeds/follow-feeds.ts and its libraries: feedsmith, html-to-text,
// Readability, linkedom, request-filtering-agent) into feeds.mjs beside index.mjs. The handler imports it only when the
// sources list names feeds, so index.mjs stays small and quick to load. Run by the bundling's afterBundling hook
// (infra/constructs/function-bundling.ts), with the same options as index.mjs.
// Usage: node infra/bundle-feed-stage.mjs INPUT_DIR OUTPUT_DIR BANNER
import { build } from 'esbuild';

const [inputDir, outputDir, banner] = process.argv.slice(2);
if (!inputDir || !outputDir || !banner) throw new Error('usage: node infra/bundle-feed-stage.mjs INPUT_DIR OUTPUT_DIR BANNER');
await build({
  entryPoints: [`${inputDir}/lambda/feeds/follow-feeds.ts`],
  outfile: `${outputDir}/feeds.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  mainFields: ['module', 'main'],
  banner: { js: banner },
  charset: 'utf8',
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
});
