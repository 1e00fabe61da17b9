import { createHash } from 'node:crypto';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import Parser from 'rss-parser';

/** One published object as a reader would fetch it. */
export interface PublishedObject {
  readonly body: Uint8Array;
  readonly etag: string;
  readonly lastModified: number;
  readonly contentType: string | undefined;
  readonly cacheControl: string | undefined;
}

/** Every object in a bucket except the articles dropped under `articles/`, by key. */
export async function snapshotBucket(client: S3Client, bucket: string): Promise<Map<string, PublishedObject>> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key && !o.Key.startsWith('articles/') ? [o.Key] : [])));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  const snapshot = new Map<string, PublishedObject>();
  for (const key of keys.sort()) {
    const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    snapshot.set(key, {
      body: (await r.Body?.transformToByteArray()) ?? new Uint8Array(),
      etag: r.ETag ?? '',
      lastModified: r.LastModified?.getTime() ?? 0,
      contentType: r.ContentType,
      cacheControl: r.CacheControl,
    });
  }
  return snapshot;
}

/**
 * The bodies of a snapshot as text, for comparing two buckets: the bucket's name (which appears in article ids,
 * `s3://bucket/key`) is replaced by `BUCKET`, and the manifest and the article index are left out, because their
 * hashes cover those ids.
 * Compare manifests with {@link manifestDatesOf} and check them with {@link manifestMismatches}.
 */
export function bodiesOf(snapshot: ReadonlyMap<string, PublishedObject>, bucket: string): Record<string, string> {
  const entries = [...snapshot].filter(([key]) => key !== 'manifest.json' && key !== 'article-index.json');
  return Object.fromEntries(entries.map(([key, o]) => [key, new TextDecoder().decode(o.body).replaceAll(bucket, 'BUCKET')]));
}

interface ManifestShape {
  briefings: Record<string, { hash: string; publishedAt: string; updatedAt: string }>;
  files: Record<string, string>;
}

function manifestOf(snapshot: ReadonlyMap<string, PublishedObject>): ManifestShape | undefined {
  const object = snapshot.get('manifest.json');
  return object && (JSON.parse(new TextDecoder().decode(object.body)) as ManifestShape);
}

/** The manifest's dates with their published and updated times (no hashes), comparable across buckets. */
export function manifestDatesOf(snapshot: ReadonlyMap<string, PublishedObject>): Record<string, [string, string]> {
  const briefings = manifestOf(snapshot)?.briefings ?? {};
  return Object.fromEntries(Object.entries(briefings).map(([date, r]) => [date, [r.publishedAt, r.updatedAt]]));
}

/** Where the manifest's recorded hashes disagree with the objects actually published (empty when consistent). */
export function manifestMismatches(snapshot: ReadonlyMap<string, PublishedObject>): string[] {
  const manifest = manifestOf(snapshot);
  if (!manifest) return ['manifest.json is missing'];
  const mismatches: string[] = [];
  for (const [key, hash] of Object.entries(manifest.files)) {
    const object = snapshot.get(key);
    if (!object) mismatches.push(`${key} is in the manifest but not published`);
    else if (createHash('sha256').update(object.body).digest('hex') !== hash) mismatches.push(`${key} differs from its manifest hash`);
  }
  for (const [date, record] of Object.entries(manifest.briefings)) {
    if (manifest.files[`briefings/${date}.json`] !== record.hash)
      mismatches.push(`briefing ${date}: hash is not that of briefings/${date}.json`);
  }
  for (const key of snapshot.keys()) {
    // The article index is the run's cache of what the articles are, beside the manifest, never published.
    if (key !== 'manifest.json' && key !== 'article-index.json' && !(key in manifest.files))
      mismatches.push(`${key} is published but not in the manifest`);
  }
  return mismatches;
}

/** The item ids of each feed, as a reader sees them. */
export interface FeedItems {
  readonly rss: readonly string[];
  readonly atom: readonly string[];
  readonly json: readonly string[];
}

/** What a reader of the published site would find wrong, and the items each feed lists. */
export interface SiteCheck {
  /** Feed problems: a feed that does not parse, an item listed twice, a feed or index link to a missing object. */
  readonly problems: readonly string[];
  /** Links from a reachable briefing page (prev/next) to a missing object. */
  readonly pageLinkProblems: readonly string[];
  readonly items: FeedItems;
}

const parser = new Parser();
const ENTRY_POINTS = ['feed.xml', 'atom.xml', 'feed.json', 'index.html'];

/**
 * Reads a published site the way readers and browsers do: every feed must parse (JSON Feed must be 1.1) and
 * list each item once; then every link is followed from the feeds and the index, page to page, and each must
 * reach an object that exists. A page nothing links to yet is not checked: no reader can get there.
 * A site with no feed yet (nothing was ever published) is sound.
 */
export async function checkSite(snapshot: ReadonlyMap<string, PublishedObject>, baseUrl: string): Promise<SiteCheck> {
  const problems: string[] = [];
  const pageLinkProblems: string[] = [];
  const text = (key: string): string | undefined => {
    const object = snapshot.get(key);
    return object && new TextDecoder().decode(object.body);
  };
  const links = new Map<string, string[]>(); // from key -> linked keys inside the site
  const addLink = (from: string, url: string): void => {
    if (!url.startsWith(baseUrl)) return;
    const key = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length)) || 'index.html';
    links.set(from, [...(links.get(from) ?? []), key]);
  };
  const items = { rss: [] as string[], atom: [] as string[], json: [] as string[] };

  for (const [key, kind] of [
    ['feed.xml', 'rss'],
    ['atom.xml', 'atom'],
  ] as const) {
    const xml = text(key);
    if (xml === undefined) continue;
    try {
      const feed = await parser.parseString(xml);
      for (const item of feed.items) {
        items[kind].push(String(item.guid ?? item.id ?? ''));
        if (item.link) addLink(key, item.link);
      }
    } catch (error) {
      problems.push(`${key} does not parse: ${(error as Error).message}`);
    }
  }
  const json = text('feed.json');
  if (json !== undefined) {
    try {
      const feed = JSON.parse(json) as { version?: string; items?: { id?: string; url?: string }[] };
      if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push(`feed.json has version ${feed.version}`);
      for (const item of feed.items ?? []) {
        items.json.push(String(item.id));
        if (item.url) addLink('feed.json', item.url);
      }
    } catch (error) {
      problems.push(`feed.json does not parse: ${(error as Error).message}`);
    }
  }
  for (const [kind, ids] of Object.entries(items)) {
    if (new Set(ids).size !== ids.length) problems.push(`the ${kind} feed lists an item twice: ${ids.join(', ')}`);
  }
  for (const key of snapshot.keys()) {
    if (!key.endsWith('.html')) continue;
    for (const match of (text(key) ?? '').matchAll(/\bhref="([^"]+)"/g)) {
      const href = match[1]!.replace(/&amp;/g, '&');
      if (!href.startsWith('data:')) addLink(key, new URL(href, new URL(key, baseUrl)).toString());
    }
  }
  // Follow links from the entry points, as a reader clicking through would.
  const seen = new Set<string>();
  const queue = ENTRY_POINTS.filter((key) => snapshot.has(key));
  while (queue.length) {
    const from = queue.shift()!;
    if (seen.has(from)) continue;
    seen.add(from);
    for (const to of links.get(from) ?? []) {
      if (snapshot.has(to)) queue.push(to);
      else (ENTRY_POINTS.includes(from) ? problems : pageLinkProblems).push(`${from} links to ${to}, which does not exist`);
    }
  }
  return { problems, pageLinkProblems, items };
}

/** The dates the RSS feed lists, read from its item guids (which name the date). */
export function datesIn(items: readonly string[]): string[] {
  return items.map((id) => /\d{4}-\d{2}-\d{2}/.exec(id)?.[0] ?? id);
}
