import { createHash } from 'node:crypto';
import type { ComposeBriefingOptions } from './compose-briefing.ts';
import type { Manifest } from './manifest.ts';
import { CONFIG_DEFAULTS } from './config.ts';
import type { Article } from './types.ts';

/** The settings that shape a composed briefing, besides its articles: composeBriefing's options, all given. */
export type ComposeSettings = Required<Omit<ComposeBriefingOptions, 'summarySentences'>> & Pick<ComposeBriefingOptions, 'summarySentences'>;

/**
 * A fingerprint of everything a day's briefing is composed from: its articles (in any order) and the settings.
 * A published day whose fingerprint is unchanged is not composed again, so a daily run costs the new days only,
 * and a deploy never re-dates old briefings.
 */
export function inputHashOf(articles: readonly Article[], settings: ComposeSettings): string {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The summary length counts only when it is not the default, so hashes from before the setting still hold.
  const length =
    settings.summarySentences === undefined || settings.summarySentences === CONFIG_DEFAULTS.summarySentences
      ? []
      : [settings.summarySentences];
  // The hash of JSON.stringify([title, maxStories, ...length, fingerprints]), fed one article at a time: the same
  // bytes, so the same hash, without a string the size of the day (10,000 articles made one of ~50 MB, plus copies).
  const hash = createHash('sha256');
  hash.update(`${JSON.stringify([settings.title, settings.maxStories, ...length]).slice(0, -1)},[`);
  for (const [i, article] of sorted.entries()) hash.update(`${i > 0 ? ',' : ''}${JSON.stringify(fingerprintOf(article))}`);
  return hash.update(']]').digest('hex');
}

/** What of an article shapes its day; a title or source only counts when present, so older hashes still hold. */
export function fingerprintOf(article: Article): unknown[] {
  const { id, body, title, sources } = article;
  return title === undefined && sources === undefined ? [id, body] : [id, body, title ?? null, sources ?? null];
}

/**
 * The dates whose pages a run renders: the ones listed in the feeds and the index (the newest `historySize`),
 * the ones composed this run, and their neighbours, whose previous/next links may have changed.
 */
export function datesToRender(manifest: Manifest, composedDates: readonly string[], historySize: number): string[] {
  const all = [...new Set([...Object.keys(manifest.briefings), ...composedDates])].sort();
  const dates = new Set(all.slice(-historySize));
  const position = new Map(all.map((date, i) => [date, i]));
  for (const date of composedDates) {
    const at = position.get(date)!;
    for (const neighbour of [all[at - 1], date, all[at + 1]]) if (neighbour) dates.add(neighbour);
  }
  return [...dates].sort();
}
