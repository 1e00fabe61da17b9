import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Words and numbers in any script: the cheapest tokenisation that still looks at every character.
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * The floor: the least any run must do with a corpus — read every article and split it into tokens.
 * Nothing is kept but counts, so the time is all I/O, UTF-8 decoding and one regex pass. Files are read
 * synchronously, as the folder source reads them: a promise per file cost 10,000 articles more than the reads.
 * @returns how many files and tokens were seen
 */
export async function readAndTokenise(dir: string): Promise<{ files: number; tokens: number }> {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && !name.startsWith('.'))
    .sort();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let tokens = 0;
  for (const name of names) {
    const text = decoder.decode(readFileSync(join(dir, name)));
    for (const _ of text.matchAll(TOKEN)) tokens++;
  }
  return { files: names.length, tokens };
}
