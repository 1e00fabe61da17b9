const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Words that leave a clause open: a headline ending on one promises words it does not give ("A knee injury
 * has forced Arvind Parmar" is fine, "… has forced" is not). Auxiliaries and copulas, prepositions and the
 * infinitive "to", articles and other determiners, conjunctions and relative words, possessives, verbs of
 * saying, and transitive verbs news uses that never stand without their object.
 */
export const OPEN_WORDS: ReadonlySet<string> = words(`
  is are was were be been being am has have had do does did will would can could should shall may might must
  of in on at to for with by from into onto over under about after before against between through during without
  within across among upon than as via per like including despite towards toward until amid
  a an the this these those that which who whom whose what every each some any no its his her their our my your
  and or but nor if because while although though whether when where so yet then also not very more most
  said says say saying told tells tell claimed claims warned warns urged urges asked asks added
  forced forces force made makes make gave gives give given allowed allows allow let lets brought brings bring
  took takes take sent sends send put puts led leads lead named names called calls become becomes became
  include includes included reached reaches seek seeks sought set sets get gets got getting
  based aimed designed due able according such rather
`);

const LAST_WORD = /([\p{L}'’]+)[^\p{L}\p{N}]*$/u;

/** True when a headline's last word is one of {@link OPEN_WORDS}. */
export function endsOpen(text: string): boolean {
  const last = LAST_WORD.exec(text)?.[1]
    ?.toLowerCase()
    .replace(/['’]s$/u, '');
  return last !== undefined && OPEN_WORDS.has(last) && !/\p{N}[^\p{L}\p{N}]*$/u.test(text);
}
