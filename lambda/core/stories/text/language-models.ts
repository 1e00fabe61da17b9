import type winkNLP from 'wink-nlp';
import type nlp from 'compromise/two';

/**
 * The language models the story engine reads: wink-nlp with its English model, and compromise's lexicon.
 * compromise is loaded at level "two" (lexicon and tagger), not the full library: its lexicon is the same
 * 24,612 entries (compared in separate processes), and the bundle is 64 KB smaller without the level-three
 * plugins (verbs, nouns, sentences) the story engine never calls.
 */
export interface LanguageModels {
  readonly winkNlp: typeof winkNLP;
  readonly winkModel: Parameters<typeof winkNLP>[0];
  readonly compromise: typeof nlp;
}

/**
 * Loads the models. They are most of the function's code (wink's model alone is 3.6 MB) and take ~300 ms
 * to evaluate, so a composer loads them only when a run has something to compose: importing the handler,
 * a run with nothing new, or `--help` never pays for them. Both ship as packages: nothing is downloaded.
 * The module loader caches them, so a second call is cheap.
 */
export async function loadLanguageModels(): Promise<LanguageModels> {
  const [wink, model, compromise] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model'), import('compromise/two')]);
  return { winkNlp: wink.default, winkModel: model.default, compromise: compromise.default };
}
