import { readFileSync } from 'node:fs';

/** One evaluation item: one or more documents and a reference summary. */
export interface EvalItem {
  readonly id: string;
  readonly documents: readonly string[];
  readonly summary: string;
  /** The reference with its sentences in article order (bbc_dev's `summary_article_order`), when the file has one. */
  readonly articleOrderSummary?: string;
  /** The article's own title (bbc_dev's `title`), when the file has one: headlines are scored against it. */
  readonly title?: string;
  /** The publisher's category (bbc_dev's `category`), when the file has one: sections are scored against it. */
  readonly category?: string;
}

/** The evaluation file is not in the expected format. */
export class EvalDataError extends Error {
  override readonly name = 'EvalDataError';
}

function toItem(value: unknown, where: string): EvalItem {
  const record = value as {
    id?: unknown;
    text?: unknown;
    documents?: unknown;
    summary?: unknown;
    summary_article_order?: unknown;
    title?: unknown;
    category?: unknown;
  };
  if (typeof record.id !== 'string' || typeof record.summary !== 'string') {
    throw new EvalDataError(`${where}: expected string "id" and "summary"; fix the record or pick another file`);
  }
  if (typeof record.text === 'string') {
    const ordered = typeof record.summary_article_order === 'string' ? { articleOrderSummary: record.summary_article_order } : {};
    const titled = typeof record.title === 'string' ? { title: record.title } : {};
    const categorised = typeof record.category === 'string' ? { category: record.category } : {};
    return { id: record.id, documents: [record.text], summary: record.summary, ...ordered, ...titled, ...categorised };
  }
  if (Array.isArray(record.documents)) {
    const documents = record.documents.map((d: { text?: unknown }) => d?.text);
    if (documents.every((text): text is string => typeof text === 'string')) {
      return { id: record.id, documents, summary: record.summary };
    }
  }
  throw new EvalDataError(`${where}: expected "text" or "documents": [{"text"}]; fix the record or pick another file`);
}

/** Reads a JSONL file of single documents `{id, text, summary}` or clusters `{id, documents: [{text}], summary}`. */
export function readEvalFile(path: string): EvalItem[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const items: EvalItem[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${path}: line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new EvalDataError(`${where}: not valid JSON; each line must be one JSON object`, { cause });
    }
    items.push(toItem(value, where));
  });
  return items;
}
