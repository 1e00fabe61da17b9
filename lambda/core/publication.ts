import { createHash } from 'node:crypto';
import { servingOf, type Serving } from './content-types.ts';
import type { BriefingRecord, Manifest } from './manifest.ts';
import { renderFeeds } from './render/feeds.ts';
import { renderBriefingPage, renderIndexPage } from './render/pages.ts';
import { STYLESHEET } from './render/style.ts';
import type { Briefing } from './types.ts';

/** The site settings a publication needs. */
export interface PublicationSite {
  readonly baseUrl: string;
  readonly title: string;
  readonly language: string;
  /** How many briefings the feeds and the index list. */
  readonly historySize: number;
}

/** A file to publish, in write order. */
export interface Output extends Serving {
  readonly key: string;
  readonly body: Uint8Array;
  /** SHA-256 of the body, as the manifest records it. */
  readonly hash: string;
}

/** Everything one run would publish, and the state to record after it. */
export interface Publication {
  /** Every output, in the order they must be written (pages before the feeds that link to them). */
  readonly outputs: readonly Output[];
  readonly manifest: Manifest;
  readonly published: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
}

/** The dates the feeds and the index list: the newest `historySize` of those published or about to be. */
export function feedWindow(manifest: Manifest, composedDates: readonly string[], historySize: number): string[] {
  const all = new Set([...Object.keys(manifest.briefings), ...composedDates]);
  return [...all].sort().reverse().slice(0, historySize);
}

/**
 * Plans a publication: renders every page, feed and data file from the composed briefings (and the stored
 * ones of dates whose articles are gone), and records what changed. Pure: `now` dates content updates.
 */
export function planPublication(
  manifest: Manifest,
  composed: readonly Briefing[],
  stored: ReadonlyMap<string, Briefing>,
  site: PublicationSite,
  publishedAt: (date: string) => Date,
  now: Date,
): Publication {
  const published: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const records: Record<string, BriefingRecord> = { ...manifest.briefings };
  const dataFiles = new Map<string, Uint8Array>();
  for (const briefing of composed) {
    const data = encode(`${JSON.stringify(briefing, null, 2)}\n`);
    const hash = sha256(data);
    const previous = manifest.briefings[briefing.date];
    dataFiles.set(briefing.date, data);
    if (previous?.hash === hash) unchanged.push(briefing.date);
    else {
      const first = previous?.publishedAt ?? publishedAt(briefing.date).toISOString();
      // A first publication is dated by its publish time, so a fresh run is deterministic; an update, by now.
      const at = previous ? isoSeconds(now) : first;
      records[briefing.date] = { hash, publishedAt: first, updatedAt: at };
      (previous ? updated : published).push(briefing.date);
    }
  }
  const byDate = new Map<string, Briefing>([...stored, ...composed.map((b) => [b.date, b] as const)]);
  const allDates = Object.keys(records).sort();
  const windowDates = allDates.slice(-site.historySize).reverse();
  const windowBriefings = windowDates.flatMap((d) => byDate.get(d) ?? []);

  const outputs: Output[] = [output('style.css', encode(STYLESHEET))];
  for (const briefing of [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const data = dataFiles.get(briefing.date);
    if (data) outputs.push(output(`briefings/${briefing.date}.json`, data));
    const at = allDates.indexOf(briefing.date);
    const neighbours = { previous: allDates[at - 1], next: allDates[at + 1] };
    outputs.push(output(`briefings/${briefing.date}.html`, encode(renderBriefingPage(briefing, neighbours, site))));
  }
  const entries = windowBriefings.map((briefing) => {
    const record = records[briefing.date]!;
    return { briefing, publishedAt: new Date(record.publishedAt), updatedAt: new Date(record.updatedAt) };
  });
  const feeds = renderFeeds(entries, site);
  outputs.push(output('feed.xml', encode(feeds.rss)), output('atom.xml', encode(feeds.atom)), output('feed.json', encode(feeds.json)));
  outputs.push(output('index.html', encode(renderIndexPage(windowBriefings, site))));

  const files = { ...manifest.files, ...Object.fromEntries(outputs.map((o) => [o.key, o.hash])) };
  return { outputs, manifest: { version: 1, briefings: records, files }, published, updated, unchanged };
}

function output(key: string, body: Uint8Array): Output {
  return { key, body, hash: sha256(body), ...servingOf(key) };
}

const encoder = new TextEncoder();
function encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Hex SHA-256 of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isoSeconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}
