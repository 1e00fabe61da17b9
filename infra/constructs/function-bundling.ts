import { Charset, OutputFormat, SourceMapMode, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/**
 * Defines `require` in the ESM bundle: some dependencies (wink-nlp, its model, escape-html) are CommonJS and call
 * `require` for Node built-ins, which an ES module does not have.
 */
export const REQUIRE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * The language model's package, shipped beside the bundle rather than inside it: 3.6 MB of data that the
 * function loads only when it has a day to compose (`loadLanguageModels`), so a cold start does not parse it.
 */
export const SHIPPED_MODULES = ['wink-eng-lite-web-model'] as const;

/**
 * Packages the bundle takes from elsewhere, as esbuild aliases (paths relative to the repository root, where
 * bundling runs): xml-js's writer alone, without the reader and sax it never calls (infra/xml-js-writer.cjs).
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = { 'xml-js': './infra/xml-js-writer.cjs' };

/**
 * esbuild options for the briefing function: a local esbuild (no Docker), minified ESM with external source maps,
 * the repository's `seeds/` copied to the asset root, where the handler looks by default
 * (`$LAMBDA_TASK_ROOT/seeds`), the repository's `sources.opml` beside it, the feed stage bundled apart as `feeds.mjs`
 * (infra/bundle-feed-stage.mjs), and the {@link SHIPPED_MODULES} copied to the asset's `node_modules/`.
 */
export function createBundlingOptions(): BundlingOptions {
  return {
    forceDockerBundling: false,
    format: OutputFormat.ESM,
    target: 'node22',
    // Prefer the ESM builds of dependencies: esbuild tree-shakes them, and the SDK's are much smaller.
    mainFields: ['module', 'main'],
    banner: REQUIRE_BANNER,
    minify: true,
    sourceMap: true,
    sourceMapMode: SourceMapMode.DEFAULT,
    // Stack traces need file names and lines, not the sources themselves; this halves the map.
    sourcesContent: false,
    charset: Charset.UTF8,
    // The SDK is bundled rather than taken from the runtime: the manifest's conditional writes (If-Match on
    // PutObject) need a client version we test with, and an older runtime SDK would drop the header silently.
    externalModules: [...SHIPPED_MODULES],
    esbuildArgs: {
      '--alias': Object.entries(BUNDLE_ALIASES).map(([name, path]) => `${name}=${path}`),
      // `charset` above does not reach local bundling's esbuild command (aws-cdk-lib 2.x): without it every non-ASCII
      // character is written as a \uXXXX escape, ~4 KB more than the UTF-8 the bench measures.
      '--charset': 'utf8',
    },
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      // Plain Node rather than `cp -R` so that bundling works the same on Windows shells.
      afterBundling: (inputDir: string, outputDir: string) => [
        copyCommand(`${inputDir}/seeds`, `${outputDir}/seeds`),
        // The sources list (OPML) the function follows, and the feed stage it loads only when one ships.
        copyCommand(`${inputDir}/sources.opml`, `${outputDir}/sources.opml`),
        `node "${inputDir}/infra/bundle-feed-stage.mjs" "${inputDir}" "${outputDir}" "${REQUIRE_BANNER}"`,
        ...SHIPPED_MODULES.map((name) => copyCommand(`${inputDir}/node_modules/${name}`, `${outputDir}/node_modules/${name}`)),
      ],
    },
  };
}

function copyCommand(from: string, to: string): string {
  return `node -e "require('node:fs').cpSync(process.argv[1], process.argv[2], { recursive: true })" "${from}" "${to}"`;
}
