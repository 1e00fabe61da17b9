import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

/** What a CLI run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run briefing` the way a user does (through tsx), with the given options. */
export async function runCli(args: readonly string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'lambda/cli.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** A fresh temporary folder. */
export function tempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `briefing-${label}-`));
}

/** Writes `files` (name → content) into `dir`. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
}

/** SHA-256 of every file under `dir`, by relative path. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return hashes;
}

/** Parses a feed file with Universal Feed Parser (Debian's python3-feedparser) and returns what it saw. */
export async function feedparser(path: string): Promise<FeedparserResult> {
  const script = `
import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": bool(d.bozo), "bozo_exception": str(d.get("bozo_exception", "")), "version": d.version,
  "title": d.feed.get("title"),
  "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"), "published": e.get("published"),
    "updated": e.get("updated"), "summary": e.get("summary"),
    "content": (e.get("content") or [{}])[0].get("value"), "tags": [t.get("term") for t in e.get("tags", [])]} for e in d.entries]}))
`;
  const { stdout } = await run('/usr/bin/python3', ['-c', script, path]);
  return JSON.parse(stdout) as FeedparserResult;
}

/** The parts of Universal Feed Parser's output the tests look at. */
export interface FeedparserResult {
  readonly bozo: boolean;
  readonly bozo_exception: string;
  readonly version: string;
  readonly title: string;
  readonly entries: readonly {
    id: string;
    title: string;
    link: string;
    published: string;
    updated: string;
    summary: string;
    content: string;
    tags: string[];
  }[];
}
