import { createHash } from 'node:crypto';
import { servingOf, type Serving } from './content-types.ts';
import type { BriefingRecord, Manifest } from './manifest.ts';
import { renderFeeds } from './render/feeds.ts';
import { renderBriefingPage, renderIndexPage } from './render/pages.ts';
import { STYLESHEET } from './render/style.ts';
import { briefingDataKey, briefingPageKey, SITE_KEYS } from './site-keys.ts';
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
  /** Dates published for the first time. */
  readonly published: readonly string[];
  /** Dates whose content changed. */
  readonly updated: readonly string[];
}

/** A briefing composed this run, with the fingerprint of what it was composed from. */
export interface ComposedDay {
  readonly briefing: Briefing;
  readonly inputHash: string;
}

/** What {@link planPublication} works from. */
export interface PublicationInput {
  /** The state read from the store. */
  readonly manifest: Manifest;
  /** The briefings composed this run: due dates that are new or whose articles or settings changed. */
  readonly composed: readonly ComposedDay[];
  /** Published briefings reloaded from the store, for the other dates whose pages or feed items are rendered. */
  readonly stored: ReadonlyMap<string, Briefing>;
  readonly site: PublicationSite;
  /** When a date's briefing is first published (its date at the publish hour). */
  readonly publishedAt: (date: string) => Date;
  /** The run's time: it dates content updates. */
  readonly now: Date;
}

/**
 * Plans a publication: records which briefings are new or updated, and renders every page,
 * feed and data file. Pure: nothing is read or written here.
 */
export function planPublication(input: PublicationInput): Publication {
  const changes = recordChanges(input);
  const byDate = new Map<string, Briefing>([...input.stored, ...input.composed.map(({ briefing }) => [briefing.date, briefing] as const)]);
  const { published, updated, records } = changes;
  const emptySince = Object.keys(records).length === 0 ? (input.manifest.emptySince ?? isoSeconds(input.now)) : undefined;
  const outputs = renderOutputs(byDate, changes, input.site, new Date(emptySince ?? newestUpdate(records)));
  const files = { ...input.manifest.files, ...Object.fromEntries(outputs.map((o) => [o.key, o.hash])) };
  return { outputs, manifest: { version: 1, briefings: records, files, ...(emptySince && { emptySince }) }, published, updated };
}

/** The newest content change of any briefing: what the feeds say when none of them could be listed. */
function newestUpdate(records: Readonly<Record<string, BriefingRecord>>): string {
  return new Date(Math.max(...Object.values(records).map((r) => Date.parse(r.updatedAt)))).toISOString();
}

interface Changes {
  readonly records: Readonly<Record<string, BriefingRecord>>;
  /** Each composed briefing's data file, whose hash identifies its content. */
  readonly dataFiles: ReadonlyMap<string, Uint8Array>;
  readonly published: readonly string[];
  readonly updated: readonly string[];
}

function recordChanges({ manifest, composed, publishedAt, now }: PublicationInput): Changes {
  const changes = {
    records: { ...manifest.briefings },
    dataFiles: new Map<string, Uint8Array>(),
    published: [] as string[],
    updated: [] as string[],
  };
  for (const { briefing, inputHash } of composed) {
    const data = encode(`${JSON.stringify(briefing, null, 2)}\n`);
    const hash = sha256(data);
    const previous = manifest.briefings[briefing.date];
    changes.dataFiles.set(briefing.date, data);
    if (previous?.hash === hash) {
      changes.records[briefing.date] = { ...previous, inputHash };
      continue;
    }
    const first = previous?.publishedAt ?? publishedAt(briefing.date).toISOString();
    // A first publication is dated by its publish time, so a fresh run is deterministic; an update, by now.
    changes.records[briefing.date] = { hash, inputHash, publishedAt: first, updatedAt: previous ? isoSeconds(now) : first };
    (previous ? changes.updated : changes.published).push(briefing.date);
  }
  return changes;
}

/** Every file, in write order: the stylesheet, then data and pages, then the feeds and index that link to them. */
function renderOutputs(
  byDate: ReadonlyMap<string, Briefing>,
  { records, dataFiles, published }: Changes,
  site: PublicationSite,
  updatedWhenEmpty: Date,
): Output[] {
  const allDates = Object.keys(records).sort();
  const outputs: Output[] = [output(SITE_KEYS.stylesheet, encode(STYLESHEET))];
  // New pages first: an existing page that gains a previous/next link to a new one is written after it exists.
  const fresh = new Set(published);
  const isOld = (date: string): number => (fresh.has(date) ? 0 : 1);
  for (const date of [...byDate.keys()].sort((a, b) => isOld(a) - isOld(b) || (a < b ? -1 : 1))) {
    const data = dataFiles.get(date);
    if (data) outputs.push(output(briefingDataKey(date), data));
    const at = allDates.indexOf(date);
    const neighbours = { previous: allDates[at - 1], next: allDates[at + 1] };
    outputs.push(output(briefingPageKey(date), encode(renderBriefingPage(byDate.get(date)!, neighbours, site))));
  }
  const listed = allDates
    .slice(-site.historySize)
    .reverse()
    .flatMap((date) => byDate.get(date) ?? []);
  const entries = listed.map((briefing) => {
    const record = records[briefing.date]!;
    return { briefing, publishedAt: new Date(record.publishedAt), updatedAt: new Date(record.updatedAt) };
  });
  const feeds = renderFeeds(entries, site, updatedWhenEmpty);
  outputs.push(
    output(SITE_KEYS.rss, encode(feeds.rss)),
    output(SITE_KEYS.atom, encode(feeds.atom)),
    output(SITE_KEYS.json, encode(feeds.json)),
  );
  outputs.push(output(SITE_KEYS.index, encode(renderIndexPage(listed, site))));
  return outputs;
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
