import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createEvent, fill, writeArticle } from './generate-corpus.ts';
import { createRandom, type Random } from './random.ts';
import { TOPICS } from './topics.ts';
import { COUNTRIES, FAMILY_NAMES, GENERIC_SENTENCES, GIVEN_NAMES, PLACES, WEEKDAYS, companyName, publicBody } from './vocabulary.ts';

/**
 * Corpora of the shapes that stress the story engine (issues 11 and 15), beside the ordinary day of
 * generate-corpus.ts. Every shape is one day of `articles` files, deterministic for a seed:
 * - `dense`: a dense-vocabulary day: ~300 people, 15 places, the topics' templates and 10 stock sentences
 *   shared by every story, 4 articles a story; stories differ only in who, where and the numbers;
 * - `rewrites`: rewrites of one story, each with its sentences shuffled and one or two left out;
 * - `copies`: exact copies of one article;
 * - `long`: articles of `bytes` each, each on its own event, written as its sentences over and over (`articles: 1,
 *   bytes: 1 MiB` is the largest article a run accepts);
 * - `longword`: one article that is a single word of `bytes` letters.
 */
export type Shape = 'dense' | 'rewrites' | 'copies' | 'long' | 'longword';

/** What to generate. */
export interface ShapeSpec {
  readonly shape: Shape;
  readonly articles: number;
  /** Bytes of each article, for `long` and `longword`. @default 1 MiB less the header */
  readonly bytes?: number;
  /** @default 1 */
  readonly seed?: number;
}

export const SHAPES: readonly Shape[] = ['dense', 'rewrites', 'copies', 'long', 'longword'];

const DATE = '2023-11-06';
const HEADER = `date ${DATE}\n\n`;
// Bump when a shape's output changes, so cached corpora are rebuilt.
const VERSION = 1;
const MARKER = '.corpus.json';
const ONE_MIB = 1024 * 1024;

/** An article of the dense day and the story it was written for. */
export interface DenseArticle {
  readonly text: string;
  readonly story: number;
}

/**
 * A dense day: every story is drawn from the same small pools, 4 articles a story, shuffled. Each article
 * keeps its story number, so the grouping bench can score the day (`npm run bench:quality -- --grouping`).
 */
export function denseStories(count: number, random: Random): DenseArticle[] {
  const people = Array.from({ length: 300 }, () => `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`);
  const places = random.sample(PLACES, 15);
  const topics = TOPICS.slice(0, 10);
  const stock = GENERIC_SENTENCES.slice(0, 10);
  const texts: DenseArticle[] = [];
  for (let story = 0; texts.length < count; story++) {
    const topic = random.pick(topics);
    const [person1, person2] = random.sample(people, 2) as [string, string];
    const slots = {
      person1,
      person2,
      person1Last: person1.split(' ').at(-1)!,
      person2Last: person2.split(' ').at(-1)!,
      place: random.pick(places),
      country: random.pick(COUNTRIES),
      org: companyName(random),
      body: publicBody(random),
      event: topic.eventName(random.pick(['Northern', 'Harbour', 'Summit', 'River', 'Central'])),
      number: String(random.int(2, 900) * 10),
      smallNumber: String(random.int(2, 9)),
      weekday: random.pick(WEEKDAYS),
    };
    for (let i = 0; i < 4 && texts.length < count; i++) {
      const sentences = [random.pick(topic.leads), ...random.sample(topic.body, 6), ...random.sample(stock, 5)];
      texts.push({
        text: random
          .sample(sentences.slice(1), sentences.length - 1)
          .reduce((text, s) => `${text} ${fill(s, slots)}`, fill(sentences[0]!, slots)),
        story,
      });
    }
  }
  return random.sample(texts, texts.length);
}

/** The dense day's texts, as the `dense` shape writes them. */
function denseDay(count: number, random: Random): string[] {
  return denseStories(count, random).map((article) => article.text);
}

/** One article of about 30 sentences, as its sentences. */
function oneStory(random: Random): string[] {
  const event = createEvent(random);
  let text = '';
  while (text.split(/(?<=[.!?])\s+/).length < 30) text += `${writeArticle(event, random)}\n\n`;
  return text.trim().split(/(?<=[.!?])\s+/);
}

function bodies(spec: ShapeSpec, random: Random): string[] {
  const { articles, bytes = ONE_MIB - HEADER.length - 1 } = spec;
  switch (spec.shape) {
    case 'dense':
      return denseDay(articles, random);
    case 'rewrites': {
      const sentences = oneStory(random);
      return Array.from({ length: articles }, () => random.sample(sentences, sentences.length - random.int(1, 2)).join(' '));
    }
    case 'copies': {
      const text = oneStory(random).join(' ');
      return Array.from({ length: articles }, () => text);
    }
    case 'long': {
      return Array.from({ length: articles }, () => {
        const sentences = oneStory(random);
        let text = '';
        for (let i = 0; text.length < bytes - 400; i++) text += `${sentences[i % sentences.length]}${i % 4 === 3 ? '\n\n' : ' '}`;
        return text.trim();
      });
    }
    case 'longword':
      return Array.from({ length: articles }, () => 'a'.repeat(bytes));
  }
}

/**
 * Writes the shape's articles into `dir` (`date 2023-11-06`, a blank line, the body), replacing what is there;
 * a corpus already written there from the same spec is kept.
 * @returns the number of articles
 */
export function generateShape(dir: string, spec: ShapeSpec): number {
  const marker = JSON.stringify({ version: VERSION, ...spec });
  try {
    if (readFileSync(join(dir, MARKER), 'utf8') === marker) return spec.articles;
  } catch {
    // No marker: write the corpus.
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  bodies(spec, createRandom(spec.seed ?? 1)).forEach((body, i) => {
    writeFileSync(join(dir, `${DATE}-${String(i).padStart(5, '0')}.txt`), `${HEADER}${body}\n`);
  });
  writeFileSync(join(dir, MARKER), marker);
  return spec.articles;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      shape: { type: 'string' },
      articles: { type: 'string', default: '100' },
      bytes: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const shape = SHAPES.find((s) => s === values.shape);
  if (!values.out || !shape)
    throw new Error(`--out DIR and --shape (${SHAPES.join(', ')}) are required, e.g. --out /tmp/dense --shape dense --articles 1000`);
  const bytes = values.bytes === undefined ? {} : { bytes: Number(values.bytes) };
  const count = generateShape(values.out, { shape, articles: Number(values.articles), seed: Number(values.seed), ...bytes });
  console.log(`${count} ${shape} articles in ${values.out}`);
}
