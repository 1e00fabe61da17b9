import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One article as newsboat renders it when saving: its header lines and the text a reader sees. */
export interface SavedArticle {
  readonly feed: string;
  readonly title: string;
  readonly date: string;
  readonly link: string;
  /** The rendered body: newsboat's own HTML-to-text, as shown in its article view. */
  readonly text: string;
}

/** A private newsboat: its own HOME (config, urls, cache), driven without a person at the keyboard. */
export interface NewsboatHome {
  readonly home: string;
  /** `newsboat -x reload`: fetches every feed once. */
  reload(): Promise<void>;
  /** `newsboat -x print-unread`: the number of unread articles across all feeds. */
  printUnread(): Promise<number>;
  /** Saves every article of the first feed with newsboat's `save-all`, and reads them back. */
  saveAll(): Promise<SavedArticle[]>;
}

// newsboat has no headless "dump": save-all is an interactive operation, so drive it in a pseudo-terminal.
// run-on-startup opens the first feed and asks for save-all; the file browser then waits for ENTER.
const DRIVE_PTY = `
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execvp('newsboat', ['newsboat'])
out, confirmed, deadline = b'', False, time.time() + float(sys.argv[1])
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.2)
    if ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    if not confirmed and b'ENTER:Save' in out:
        time.sleep(0.3)
        os.write(fd, b'\\r')
        confirmed = True
    elif confirmed:
        time.sleep(0.3)
        try:
            os.write(fd, b'q')
        except OSError:
            break
else:
    os.kill(pid, 9)
os.waitpid(pid, 0)
sys.exit(0 if confirmed else 3)
`;

/** Makes a newsboat HOME under `dir` subscribed to `urls`, with the UTF-8 locale newsboat needs for non-ASCII text. */
export async function createNewsboatHome(dir: string, urls: readonly string[]): Promise<NewsboatHome> {
  const home = dir;
  const saved = join(home, 'saved');
  await mkdir(join(home, '.newsboat'), { recursive: true });
  await mkdir(saved);
  await writeFile(join(home, '.newsboat', 'urls'), `${urls.join('\n')}\n`);
  await writeFile(join(home, '.newsboat', 'config'), `save-path "${saved}"\nrun-on-startup open; save-all\n`);
  const env = { ...process.env, HOME: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'xterm' };
  const options = { env, cwd: home, timeout: 30_000 };

  return {
    home,
    async reload() {
      await run('newsboat', ['-x', 'reload'], options);
    },
    async printUnread() {
      const { stdout } = await run('newsboat', ['-x', 'print-unread'], options);
      const match = /^(\d+) unread articles?/m.exec(stdout);
      if (!match) throw new Error(`newsboat -x print-unread: expected "N unread articles", got ${JSON.stringify(stdout)}`);
      return Number(match[1]);
    },
    async saveAll() {
      await run('/usr/bin/python3', ['-c', DRIVE_PTY, '20'], options);
      const names = (await readdir(saved)).sort();
      return Promise.all(names.map(async (name) => parseSaved(await readFile(join(saved, name), 'utf8'))));
    },
  };
}

/** newsboat writes "Feed:", "Title:", "Date:" and "Link:" lines, a blank line, then the rendered text. */
function parseSaved(file: string): SavedArticle {
  const [head = '', ...rest] = file.split(/\n[ \t]*\n/);
  const field = (name: string): string => new RegExp(`^${name}: (.*)$`, 'm').exec(head)?.[1] ?? '';
  return { feed: field('Feed'), title: field('Title'), date: field('Date'), link: field('Link'), text: rest.join('\n\n') };
}
