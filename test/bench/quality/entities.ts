import { readFileSync } from 'node:fs';
import { threadStoryEngine } from '../../../lambda/adapters/thread-story-engine.ts';
import type { EvalItem } from './data.ts';

const { extractEntities } = await threadStoryEngine();

interface ArticleLabels {
  /** The entity the article is about, when it is a person, place or organisation. */
  readonly main: string | null;
  /** [kind, name, other names of the same entity…] */
  readonly entities: readonly (readonly string[])[];
}

const LABELS = JSON.parse(readFileSync(new URL('./entity-labels.json', import.meta.url), 'utf8')) as {
  articles: Record<string, ArticleLabels>;
};

/**
 * Entity precision on the hand-labelled articles (entity-labels.json): an extracted entity is right when its
 * name is one of a labelled entity's names and its kind is that entity's; two extracted entities naming one
 * labelled entity are a duplicate; the main actor is recalled when any of its names is extracted. Every wrong
 * or duplicate entity is printed.
 */
export function runEntities(items: readonly EvalItem[]): void {
  let [extracted, right, duplicates, mains, mainsFound] = [0, 0, 0, 0, 0];
  for (const item of items) {
    const labels = LABELS.articles[item.id];
    if (!labels) continue;
    const entities = extractEntities(item.documents[0]!);
    const seen = new Set<number>();
    const problems: string[] = [];
    for (const entity of entities) {
      extracted++;
      const at = labels.entities.findIndex((names) => names.slice(1).includes(entity.name));
      if (at < 0) problems.push(`not an entity: ${entity.name} (${entity.kind})`);
      else if (labels.entities[at]![0] !== entity.kind)
        problems.push(`wrong kind: ${entity.name} (${entity.kind}, is ${labels.entities[at]![0]})`);
      else if (seen.has(at)) {
        duplicates++;
        problems.push(`duplicate: ${entity.name}`);
      } else right++;
      seen.add(at);
    }
    if (labels.main !== null) {
      mains++;
      const names = labels.entities.find((names) => names[1] === labels.main)?.slice(1) ?? [labels.main];
      if (entities.some((e) => names.includes(e.name))) mainsFound++;
      else problems.push(`main actor missed: ${labels.main}`);
    }
    if (problems.length > 0) console.log(`${item.id}: ${problems.join('; ')}`);
  }
  const articles = Object.keys(LABELS.articles).length;
  console.log(
    `\n${articles} labelled articles: precision ${((100 * right) / Math.max(1, extracted)).toFixed(1)}% (${right}/${extracted}), ` +
      `duplicates ${duplicates}, main actor recalled in ${mainsFound} of ${mains}`,
  );
}
