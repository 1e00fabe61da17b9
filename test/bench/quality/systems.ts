import { AbsoluteSummarizerConfig, DefaultTextParser, NullLogger, SorensenDiceSimilarity, Summarizer } from 'ts-textrank';
import { threadStoryEngine } from '../../../lambda/adapters/thread-story-engine.ts';
import { summaryInputs } from '../../../lambda/core/stories/summary/candidates.ts';

// The summariser's models load once, on import, before anything is timed.
const { splitSentences, summarise } = await threadStoryEngine();

/** A summariser under test: documents in, summary sentences out. */
export type System = (documents: readonly string[], sentences: number) => string[];

/** The briefing's own summariser: the same inputs, splitter and `summarise` the story composer uses. */
export const projectSystem: System = (documents, sentences) =>
  summarise(
    summaryInputs(documents).map((input) => splitSentences(input.text)),
    sentences,
  ).map((s) => s.text);

/** LEAD-K: the first K sentences of the concatenated documents, on the same splitter. */
export const leadSystem: System = (documents, sentences) => documents.flatMap((text) => splitSentences(text)).slice(0, sentences);

const textRankers = new Map<number, Summarizer>();

/**
 * ts-textrank (npm), the strongest existing package in issue 5's table, configured as the issue measured it:
 * K sentences, Sørensen–Dice similarity, damping 0.85, in article order (its figures reproduce exactly:
 * bbc_dev K=3 58.84/55.95/45.41). Several documents are concatenated. Run beside the project's summariser,
 * it makes the comparison checkable on any data, held-out sets included.
 */
export const tsTextRankSystem: System = (documents, sentences) => {
  let summarizer = textRankers.get(sentences);
  if (!summarizer) {
    const config = new AbsoluteSummarizerConfig(
      sentences,
      new SorensenDiceSimilarity(),
      new DefaultTextParser(),
      0.85,
      Summarizer.SORT_OCCURENCE,
    );
    summarizer = new Summarizer(config, new NullLogger());
    textRankers.set(sentences, summarizer);
  }
  return summarizer.summarize(documents.join('\n\n'), 'en');
};
