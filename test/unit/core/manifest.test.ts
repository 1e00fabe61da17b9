import { describe, expect, it } from 'vitest';
import { CorruptManifestError } from '../../../lambda/core/errors.ts';
import { EMPTY_MANIFEST, parseManifest, serializeManifest, type Manifest } from '../../../lambda/core/manifest.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('Function: parseManifest', () => {
  it('round-trips a manifest through its serialised form', () => {
    const manifest: Manifest = {
      version: 1,
      briefings: { '2023-11-06': { hash: 'abc', publishedAt: '2023-11-06T06:00:00.000Z', updatedAt: '2023-11-06T06:00:00.000Z' } },
      files: { 'feed.xml': 'def' },
    };
    expect(parseManifest(serializeManifest(manifest))).toEqual(manifest);
  });

  it('round-trips the ETags recorded for the files', () => {
    const manifest: Manifest = { ...EMPTY_MANIFEST, files: { 'feed.xml': 'def' }, etags: { 'feed.xml': '"0123abcd"' } };
    expect(parseManifest(serializeManifest(manifest))).toEqual(manifest);
  });

  it('round-trips the time the site was first found empty', () => {
    const manifest: Manifest = { ...EMPTY_MANIFEST, files: { 'feed.xml': 'def' }, emptySince: '2023-11-05T21:14:09.000Z' };
    expect(parseManifest(serializeManifest(manifest))).toEqual(manifest);
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['{"version": 2, "briefings": {}, "files": {}}', 'unknown version 2'],
    ['{"version": 1, "files": {}}', 'missing "briefings" or "files"'],
    ['{"version": 1, "briefings": {"2023-11-06": {"hash": "x"}}, "files": {}}', 'briefing 2023-11-06 lacks hash'],
    ['{"version": 1, "briefings": {}, "files": {}, "etags": {"feed.xml": 7}}', '"etags" is not a map of keys to ETags'],
    ['{"version": 1, "briefings": {}, "files": {}, "emptySince": "soon"}', '"emptySince" is not an ISO date'],
  ])('rejects %s, naming the key and how to recover', (text, reason) => {
    expect(() => parseManifest(encode(text))).toThrow(CorruptManifestError);
    expect(() => parseManifest(encode(text))).toThrow(`manifest.json: ${reason}`);
  });
});

describe('Function: serializeManifest', () => {
  it('sorts keys so equal states give equal bytes', () => {
    const a = serializeManifest({ ...EMPTY_MANIFEST, files: { 'b.html': '2', 'a.html': '1' } });
    const b = serializeManifest({ ...EMPTY_MANIFEST, files: { 'a.html': '1', 'b.html': '2' } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
