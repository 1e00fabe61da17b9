import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { drawLexicon, lexiconSentence, type Lexicon } from './phrases.ts';
import { createRandom, type Random } from './random.ts';
import { TOPICS, type Topic } from './topics.ts';
import {
  COUNTRIES,
  FAMILY_NAMES,
  GENERIC_SENTENCES,
  GIVEN_NAMES,
  PLACES,
  WEEKDAYS,
  companyName,
  inventedName,
  publicBody,
} from './vocabulary.ts';

/** What a generated corpus holds. */
export interface CorpusSpec {
  /** Articles written for each day. */
  readonly articlesPerDay: number;
  /**
   * Consecutive days, starting at `firstDate`.
   * @default 1
   */
  readonly days?: number;
  /**
   * The first day, `YYYY-MM-DD`.
   * @default "2023-11-06"
   */
  readonly firstDate?: string;
  /**
   * The seed: the same spec and seed always give byte-identical files.
   * @default 1
   */
  readonly seed?: number;
}

// Bump when the generator's output changes, so cached corpora are rebuilt.
const GENERATOR_VERSION = 3;
const MARKER = '.corpus.json';
// Articles run from about 320 to 380 words.
const WORDS = { min: 320, max: 380 };
const MAX_ARTICLES_PER_EVENT = 6;

/** One invented event: its topic, the values of its slots and its own vocabulary. */
export interface NewsEvent {
  readonly topic: Topic;
  readonly slots: Readonly<Record<string, string>>;
  readonly lexicon: Lexicon;
}

/** A random event. */
export function createEvent(random: Random): NewsEvent {
  const topic = random.pick(TOPICS);
  const person = () => `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
  const [person1, person2] = [person(), person()];
  const slots = {
    person1,
    person2,
    person1Last: person1.split(' ').at(-1)!,
    person2Last: person2.split(' ').at(-1)!,
    place: random.pick(PLACES),
    country: random.pick(COUNTRIES),
    org: companyName(random),
    body: publicBody(random),
    event: topic.eventName(inventedName(random)),
    number: String(random.int(2, 900) * 10),
    smallNumber: String(random.int(2, 9)),
    weekday: random.pick(WEEKDAYS),
  };
  return { topic, slots, lexicon: drawLexicon(random, inventedName(random)) };
}

/** A template with the event's slots filled in, capitalised. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? `{${name}}`);
  // A slot that opens a sentence ("the Central Bank said…") takes a capital.
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One article on an event, about 350 words: its lead, a few topic and background sentences, and the rest
 * from the event's own lexicon — so articles on one event share most content words, and other events few.
 */
export function writeArticle(event: NewsEvent, random: Random): string {
  const target = random.int(WORDS.min, WORDS.max);
  const templates = [...random.sample(event.topic.body, 3), ...random.sample(GENERIC_SENTENCES, 2)];
  const sentences = [fill(random.pick(event.topic.leads), event.slots)];
  let words = sentences[0]!.split(' ').length;
  while (words < target) {
    const template = templates.length > 0 && random.next() < 0.3 ? templates.pop()! : lexiconSentence(event.lexicon, random);
    const sentence = fill(template, event.slots);
    sentences.push(sentence);
    words += sentence.split(' ').length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = i === 0 ? 1 : random.int(2, 4);
    paragraphs.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return paragraphs.join('\n\n');
}

/** One day's articles: events of one to six articles each, shuffled so file order says nothing about stories. */
function writeDay(articles: number, random: Random): string[] {
  const texts: string[] = [];
  while (texts.length < articles) {
    const event = createEvent(random);
    let count = 1;
    while (count < MAX_ARTICLES_PER_EVENT && random.next() < 0.5) count++;
    for (let i = 0; i < count && texts.length < articles; i++) texts.push(writeArticle(event, random));
  }
  return random.sample(texts, texts.length);
}

/** The `index`-th day after `first`, `YYYY-MM-DD` (UTC calendar arithmetic, no clock). */
export function addDays(first: string, index: number): string {
  return new Date(Date.parse(`${first}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Writes a corpus of article files (`date YYYY-MM-DD`, a blank line, the body) into `dir`, replacing what is
 * there. A corpus already written there from the same spec is kept as it is.
 * @returns the number of articles in the folder
 */
export function generateCorpus(dir: string, spec: CorpusSpec): number {
  const { articlesPerDay, days = 1, firstDate = '2023-11-06', seed = 1 } = spec;
  const marker = JSON.stringify({ version: GENERATOR_VERSION, articlesPerDay, days, firstDate, seed });
  try {
    if (readFileSync(join(dir, MARKER), 'utf8') === marker) return articlesPerDay * days;
  } catch {
    // No marker: write the corpus.
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let day = 0; day < days; day++) {
    const date = addDays(firstDate, day);
    // Each day has its own stream, so a day's articles don't depend on how many days came before.
    const random = createRandom(seed * 100_003 + day);
    writeDay(articlesPerDay, random).forEach((body, i) => {
      writeFileSync(join(dir, `${date}-${String(i).padStart(5, '0')}.txt`), `date ${date}\n\n${body}\n`);
    });
  }
  writeFileSync(join(dir, MARKER), marker);
  return articlesPerDay * days;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      articles: { type: 'string', default: '100' },
      days: { type: 'string', default: '1' },
      'first-date': { type: 'string', default: '2023-11-06' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) throw new Error('--out is required: the folder to write the articles into, e.g. --out /tmp/corpus');
  const count = generateCorpus(values.out, {
    articlesPerDay: Number(values.articles),
    days: Number(values.days),
    firstDate: values['first-date'],
    seed: Number(values.seed),
  });
  console.log(`${count} articles in ${values.out}`);
}
