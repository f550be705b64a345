// Generates a synthetic news corpus from the BBC articles (read from --data, never copied into the
// project): each output swaps the article's multi-word names for names from other articles and
// redraws its numbers, so extraction does real work on text that is new every time.
// Usage: node --import tsx scripts/generate-corpus.ts --docs 1000 --out .tmp/corpus [--data DIR] [--seed N]

import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/extract/ner/seeded-random.ts';

export const DEFAULT_BBC = join(import.meta.dirname, '../../shared/data/news/bbc');
const NAME = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/gu;
const NUMBER = /\b\d+\b/gu;

/** The same seed gives the same corpus. */
export { seededRandom as random } from '../src/extract/ner/seeded-random.ts';

export function readArticles(dir: string): string[] {
  const out: string[] = [];
  for (const topic of readdirSync(dir)) {
    const sub = join(dir, topic);
    if (!statSync(sub).isDirectory()) continue;
    for (const file of readdirSync(sub).sort()) if (file.endsWith('.txt')) out.push(readFileSync(join(sub, file), 'latin1'));
  }
  if (out.length === 0) throw new Error(`no BBC articles (topic/NNN.txt) under ${dir}`);
  return out;
}

export interface Corpus {
  articles: string[];
  names: string[];
}

export function loadCorpus(dir: string = DEFAULT_BBC): Corpus {
  const articles = readArticles(dir);
  const names = [...new Set(articles.flatMap((a) => a.match(NAME) ?? []))].sort();
  return { articles, names };
}

/** The i-th synthetic document: article i mod n with its names and numbers redrawn. */
export function variant(corpus: Corpus, i: number, seed = 1): string {
  const next = seededRandom(seed * 1_000_003 + i);
  const base = corpus.articles[i % corpus.articles.length] ?? '';
  const swap = new Map<string, string>();
  const named = base.replace(NAME, (name) => {
    if (!swap.has(name)) swap.set(name, next() < 0.6 ? (corpus.names[Math.floor(next() * corpus.names.length)] ?? name) : name);
    return swap.get(name) ?? name;
  });
  const numbered = named.replace(NUMBER, (n) => (n.length === 4 && n.startsWith('20') ? n : String(Math.floor(next() * 10 ** n.length))));
  return `${numbered.trim()}\n\nReport ${i}.\n`;
}

/** Writes `docs` files of synthetic news into `out`, 1,000 to a folder. */
export function writeCorpus(corpus: Corpus, out: string, docs: number, seed = 1): void {
  for (let i = 0; i < docs; i += 1) {
    const dir = join(out, String(Math.floor(i / 1000)).padStart(4, '0'));
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `doc-${i}.txt`), variant(corpus, i, seed));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, out: { type: 'string' }, data: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) throw new Error('--out DIR is required');
  const docs = Number(values.docs);
  writeCorpus(loadCorpus(values.data), values.out, docs, Number(values.seed));
  process.stdout.write(`${docs} documents written to ${values.out}\n`);
}
