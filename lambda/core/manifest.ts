import { CorruptManifestError } from './errors.ts';

/** Where the published state lives in the store. */
export const MANIFEST_KEY = 'manifest.json';

/** What the manifest records about one published briefing. */
export interface BriefingRecord {
  /** SHA-256 of the briefing's data (`briefings/DATE.json`): a change here is a content update. */
  readonly hash: string;
  /** Fingerprint of the articles and settings it was composed from (absent in manifests from before it existed). */
  readonly inputHash?: string;
  /** ISO instant of first publication: the date at the publish hour. */
  readonly publishedAt: string;
  /** ISO instant of the last content change. */
  readonly updatedAt: string;
}

/** The published state: the dates published and the hash of every file written. */
export interface Manifest {
  readonly version: 1;
  readonly briefings: Readonly<Record<string, BriefingRecord>>;
  /** SHA-256 of every published file, by key, so unchanged files are never written again. */
  readonly files: Readonly<Record<string, string>>;
  /**
   * The store's ETag of every published file, as its write returned it. A file whose ETag no longer matches was
   * changed after the manifest was written (by a run killed before its manifest write), so it is written again.
   * Absent in manifests from before it existed: the first run records what it finds.
   */
  readonly etags?: Readonly<Record<string, string>>;
  /**
   * While nothing is published yet: when a run first found nothing to publish. The empty feeds carry it as their
   * last-change date (never 1 January 1970, and never the clock of each run, so re-runs stay byte-identical).
   * Dropped with the first briefing.
   */
  readonly emptySince?: string;
}

/** The state before anything is published. */
export const EMPTY_MANIFEST: Manifest = { version: 1, briefings: {}, files: {} };

/**
 * Reads a manifest, checking its shape.
 * @throws CorruptManifestError when it is not a version-1 manifest, so nothing is overwritten blindly
 */
export function parseManifest(bytes: Uint8Array, key = MANIFEST_KEY): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new CorruptManifestError(key, 'not valid JSON', { cause: error });
  }
  const manifest = value as Partial<Manifest> | null;
  if (manifest?.version !== 1) throw new CorruptManifestError(key, `unknown version ${JSON.stringify(manifest?.version)} (expected 1)`);
  if (!isRecord(manifest.briefings) || !isRecord(manifest.files)) throw new CorruptManifestError(key, 'missing "briefings" or "files"');
  if (
    manifest.etags !== undefined &&
    (!isRecord(manifest.etags) || Object.values(manifest.etags).some((etag) => typeof etag !== 'string'))
  ) {
    throw new CorruptManifestError(key, '"etags" is not a map of keys to ETags');
  }
  if (manifest.emptySince !== undefined && (typeof manifest.emptySince !== 'string' || Number.isNaN(Date.parse(manifest.emptySince)))) {
    throw new CorruptManifestError(key, '"emptySince" is not an ISO date');
  }
  for (const [date, record] of Object.entries(manifest.briefings)) {
    const r = record as Partial<BriefingRecord>;
    const badInput = r.inputHash !== undefined && typeof r.inputHash !== 'string';
    if (typeof r.hash !== 'string' || typeof r.publishedAt !== 'string' || typeof r.updatedAt !== 'string' || badInput) {
      throw new CorruptManifestError(key, `briefing ${date} lacks hash, publishedAt or updatedAt`);
    }
  }
  return manifest as Manifest;
}

/** Serialises a manifest with sorted keys, so equal states give equal bytes. */
export function serializeManifest(manifest: Manifest): Uint8Array {
  const sorted: Manifest = {
    version: 1,
    briefings: sortKeys(manifest.briefings),
    files: sortKeys(manifest.files),
    ...(manifest.etags && { etags: sortKeys(manifest.etags) }),
    ...(manifest.emptySince && { emptySince: manifest.emptySince }),
  };
  return new TextEncoder().encode(`${JSON.stringify(sorted, null, 2)}\n`);
}

function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
