import { XMLValidator } from 'fast-xml-parser';
import { parseOpml } from 'feedsmith';
import { InvalidConfigError } from '../errors.ts';
import { canonicalUrl } from './canonical-url.ts';

/** One feed to follow, from the sources list. */
export interface FeedSource {
  /** The feed's URL (http or https). */
  readonly url: string;
  /** The name articles are credited to: the outline's title or text, else the feed's own title. */
  readonly title?: string;
  /** Fetch each new item's page and take the article's text from it (`fullText="true"` on the outline). */
  readonly fullText: boolean;
}

interface Outline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  fullText?: string;
  outlines?: Outline[];
}

/**
 * Reads a sources list in OPML (what every feed reader exports): every outline with an `xmlUrl`, folders included,
 * each feed once. An outline may add `fullText="true"`.
 * @param name how the file is named in messages
 * @throws InvalidConfigError naming the file and what is wrong with it
 */
export function parseSourcesList(opml: string, name: string): FeedSource[] {
  const valid = XMLValidator.validate(opml);
  if (valid !== true)
    throw new InvalidConfigError(
      name,
      `line ${valid.err.line}: malformed OPML (${valid.err.msg}); export the list again from your feed reader`,
    );
  let outlines: Outline[];
  try {
    outlines = (parseOpml(opml, { extraOutlineAttributes: ['fullText'] }).body?.outlines ?? []) as Outline[];
  } catch (error) {
    throw new InvalidConfigError(name, `is not an OPML file: ${(error as Error).message}`, { cause: error });
  }
  const sources = new Map<string, FeedSource>();
  const visit = (outline: Outline): void => {
    if (outline.xmlUrl !== undefined) {
      const url = canonicalUrl(outline.xmlUrl);
      if (!url)
        throw new InvalidConfigError(
          name,
          `xmlUrl ${JSON.stringify(outline.xmlUrl)} is not an absolute http(s) URL; fix or remove that outline`,
        );
      const title = (outline.title ?? outline.text)?.replace(/\s+/g, ' ').trim();
      if (!sources.has(url))
        sources.set(url, { url, ...(title && { title }), fullText: outline.fullText?.trim().toLowerCase() === 'true' });
    }
    outline.outlines?.forEach(visit);
  };
  outlines.forEach(visit);
  return [...sources.values()];
}
