/** A selected sentence's place in its source: which document and which sentence. */
export interface Placed {
  readonly doc: number;
  readonly position: number;
  readonly text: string;
}

// A sentence opening with a pronoun or connective leans on the one before it ("He said…", "However, …").
const DEPENDENT_OPENING =
  /^["“‘']?(?:he|she|it|they|this|these|that|those|his|her|its|their|him|them|such|but|however|also|meanwhile|and|yet|still|instead|moreover|furthermore|nevertheless|nonetheless|therefore|thus|besides|likewise|similarly|otherwise|then|so|or)\b/iu;

/** True when the sentence opens with a word that refers back to an earlier sentence. */
export function dependsOnPrevious(text: string): boolean {
  return DEPENDENT_OPENING.test(text);
}

/**
 * Orders sentences chosen most salient first so that none opens the summary or comes before its antecedent:
 * a sentence opening with a pronoun or connective goes right after the chosen sentence that precedes it in
 * its document, or, when none precedes it, right before the one that follows it there (reading order), but
 * never first while a sentence that stands alone can open. Other sentences keep their salience order.
 */
export function guardCoherence<T extends Placed>(chosen: readonly T[]): T[] {
  const ordered = chosen.filter((s) => !dependsOnPrevious(s.text));
  const dependents = chosen.filter((s) => dependsOnPrevious(s.text)).sort((a, b) => a.doc - b.doc || a.position - b.position);
  for (const sentence of dependents) {
    const sameDoc = ordered.filter((s) => s.doc === sentence.doc);
    const antecedent = sameDoc.filter((s) => s.position < sentence.position).sort((a, b) => b.position - a.position)[0];
    if (antecedent) {
      ordered.splice(ordered.indexOf(antecedent) + 1, 0, sentence);
      continue;
    }
    const following = sameDoc.filter((s) => s.position > sentence.position);
    const at = following.length > 0 ? Math.min(...following.map((s) => ordered.indexOf(s))) : ordered.length;
    // Reading order, except that the summary never opens with it while another sentence can.
    ordered.splice(Math.max(at, Math.min(1, ordered.length)), 0, sentence);
  }
  return ordered;
}
