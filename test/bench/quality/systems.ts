import { splitSentences } from '../../../lambda/core/stories/sentences.ts';
import { summarise } from '../../../lambda/core/stories/summarise.ts';

/** A summariser under test: documents in, summary sentences out. */
export type System = (documents: readonly string[], sentences: number) => string[];

/** The briefing's own summariser: the same splitter and `summarise` the story composer calls. */
export const projectSystem: System = (documents, sentences) =>
  summarise(documents.map((text) => splitSentences(text)), sentences).map((s) => s.text);

/** LEAD-K: the first K sentences of the concatenated documents, on the same splitter. */
export const leadSystem: System = (documents, sentences) =>
  documents.flatMap((text) => splitSentences(text)).slice(0, sentences);
