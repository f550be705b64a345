// A real slice of the BBC news corpus (../shared/data/news/bbc beside the repository) as stored
// documents with their extraction records: the first N articles of each category, ids made unique
// per category ("bbc-tech-001"), the first line as title. Null when the corpus is not there.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../src/app/index.ts';
import type { DocumentInput } from '../../src/model/index.ts';
import type { SeedDocument } from '../support/seed-records.ts';

export const BBC_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'news', 'bbc');
export const BBC_CATEGORIES = ['business', 'entertainment', 'politics', 'sport', 'tech'] as const;

function articleOf(category: string, file: string): DocumentInput {
  const raw = readFileSync(join(BBC_DIR, category, file), 'utf8').replace(/\r\n/g, '\n');
  const [title = '', ...rest] = raw.split('\n');
  const text = rest.join('\n').trim();
  return {
    id: `bbc-${category}-${file.replace(/\.txt$/, '')}`, source: join(BBC_DIR, category, file), format: 'txt',
    title: title.trim() || null, publication: 'BBC News', volume: null, issue: null, published: null, url: null,
    text, contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

/** `perCategory` articles from each category, extracted; null when the corpus folder is absent. */
export function loadBbcSlice(perCategory: number): SeedDocument[] | null {
  if (!existsSync(BBC_DIR)) return null;
  return BBC_CATEGORIES.flatMap((category) => readdirSync(join(BBC_DIR, category))
    .filter((f) => f.endsWith('.txt')).sort().slice(0, perCategory)
    .map((file) => {
      const doc = articleOf(category, file);
      return { doc, record: extractDocument(doc) };
    }));
}
