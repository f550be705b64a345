// Scale benchmark: ingest N generated documents with 1 and 2 threads (SQLite) and 1 and 2 worker
// processes (PostgreSQL), reporting docs/s; then search p50/p95 over 100k and 1M synthetic rows
// on both stores. Each result line is printed as soon as it is measured.
// Usage: npm run bench:scale -- [--docs 100000] [--rows 100000,1000000] [--only ingest|search] [--data DIR]
//   [--ways 2,1]  (ingest runs: two-way (2 threads / 2 workers), one-way, or both)
//   [--stores postgres,sqlite]  (which stores the ingest runs use)
//   [--queries 240] [--slowest N] [--rows-dir DIR]  (search rows are generated once and kept: DIR, default .tmp/bench-rows,
//   and PostgreSQL schemas bench_rows_N)
// PostgreSQL parts need LANTERN_PG_URL; without it they are skipped with a note.

import './script-help.ts';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { readConfig } from '../src/config/index.ts';
import type { Store } from '../src/model/index.ts';
import { createStore } from '../src/store/index.ts';
import { IngestBench } from './bench-scale-ingest.ts';
import { loadCorpus, random } from './generate-corpus.ts';
import type { Corpus } from './generate-corpus.ts';

const { values } = parseArgs({ options: {
  docs: { type: 'string', default: '100000' }, rows: { type: 'string', default: '100000,1000000' },
  only: { type: 'string' }, data: { type: 'string' }, queries: { type: 'string', default: '240' },
  'rows-dir': { type: 'string' }, slowest: { type: 'string', default: '0' }, ways: { type: 'string', default: '2,1' },
  stores: { type: 'string', default: 'postgres,sqlite' },
} });
const DOCS = Number(values.docs);
const ROWS = (values.rows ?? '').split(',').filter(Boolean).map(Number);
const WAYS = (values.ways ?? '').split(',').filter(Boolean).map(Number);
const STORES = new Set((values.stores ?? '').split(',').filter(Boolean));
for (const s of STORES) if (s !== 'postgres' && s !== 'sqlite') throw new Error(`--stores: unknown store "${s}" (postgres, sqlite)`);
const PG_RUNS = STORES.has('postgres');
const SQLITE_RUNS = STORES.has('sqlite');
const PG_URL = readConfig().pgUrl;
const ROOT = join(import.meta.dirname, '..');
const ROWS_DIR = values['rows-dir'] ?? join(ROOT, '.tmp/bench-rows');
const work = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
const RUN = `bench_${process.pid}`;
const schemas: string[] = [];

const line = (text: string) => process.stdout.write(`${text}\n`);

function schemaUrl(schema: string): string {
  return `${PG_URL}${PG_URL?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

async function freshSchema(name: string): Promise<string> {
  const schema = `${RUN}_${name}`;
  const admin = new pg.Client({ connectionString: PG_URL ?? '' });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  schemas.push(schema);
  return schema;
}

/** Sentences of the corpus, the material synthetic rows are made of. */
function sentencesOf(corpus: Corpus): string[] {
  return corpus.articles.flatMap((a) => a.split(/(?<=[.!?])\s+/u)).filter((s) => s.length > 30 && s.length < 400);
}

function syntheticText(sentences: string[], next: () => number): string {
  return Array.from({ length: 6 }, () => sentences[Math.floor(next() * sentences.length)] ?? '').join(' ');
}

/** Words with the number of sentences holding them, most frequent first. */
function wordFrequencies(sentences: string[]): [string, number][] {
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of new Set(s.toLowerCase().match(/\b[a-z]{3,}\b/gu) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  return [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * Queries as analysts type them, in equal shares: a person's name, a place, a common word (one of
 * the 200 most frequent, matching a large share of rows), a rare word (in 2-5 sentences), a quoted
 * two-word collocation ("prime minister": seen 5+ times, neither word among the 100 most frequent,
 * as nobody quotes "with the"), and "phrase OR surname".
 */
function queriesOf(corpus: Corpus, sentences: string[], n: number): string[] {
  const next = random(7);
  const pick = <T>(xs: T[], fallback: T): T => xs[Math.floor(next() * xs.length)] ?? fallback;
  const ranked = wordFrequencies(sentences);
  const common = ranked.slice(0, 200).map(([w]) => w);
  const stop = new Set(ranked.slice(0, 100).map(([w]) => w));
  const rare = ranked.filter(([, c]) => c >= 2 && c <= 5).map(([w]) => w);
  const places = [...new Set(corpus.articles.join(' ').match(/(?<=\b(?:in|to|from) )[A-Z][a-z]{3,}\b/gu) ?? [])];
  const bigrams = new Map<string, number>();
  for (const sentence of sentences) {
    // Every word counts for adjacency, so "face to face" never yields the pair "face face".
    const words = sentence.match(/\b[A-Za-z]+\b/gu) ?? [];
    words.slice(1).forEach((w, i) => {
      const pair = [words[i] ?? '', w];
      if (pair.every((x) => x.length >= 3 && !stop.has(x.toLowerCase()))) bigrams.set(pair.join(' '), (bigrams.get(pair.join(' ')) ?? 0) + 1);
    });
  }
  // Collocations (seen at least 5 times), as analysts quote them: "prime minister", "chief executive".
  const pairs = [...bigrams].filter(([, c]) => c >= 5).map(([pair]) => pair.split(' '));
  const phrase = (): string => `"${pick(pairs, ['prime', 'minister']).join(' ')}"`;
  const kinds = [
    () => pick(corpus.names, 'Tony Blair'), () => pick(places, 'London'), () => pick(common, 'said'),
    () => pick(rare, 'referendum'), phrase, () => `${phrase()} OR ${pick(corpus.names, 'Tony Blair').split(' ').at(-1) ?? 'Blair'}`,
  ];
  return Array.from({ length: n }, (_, i) => (kinds[i % kinds.length] ?? phrase)());
}

/** One timed pass over the queries: percentiles, how many totals were estimates, the slowest. */
async function timePass(store: Store, queries: string[]): Promise<{ pct: (p: number) => string; estimated: number; slowest: string[] }> {
  const timed: { q: string; ms: number }[] = [];
  let estimated = 0;
  for (const q of queries) {
    const t0 = performance.now();
    // The API's whole search path: ranked hits, their snippets and the total.
    const page = await store.search(q, { limit: 20 });
    timed.push({ q, ms: performance.now() - t0 });
    if (page.totalIsEstimate === true) estimated += 1;
  }
  const times = timed.map((t) => t.ms).sort((a, b) => a - b);
  const pct = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
  const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, Number(values.slowest)).map((t) => `  slow ${t.ms.toFixed(1)} ms  ${t.q}`);
  return { pct, estimated, slowest };
}

/**
 * Two passes over the same queries. The first meets cold pages (each query's words are read from
 * disk for the first time); the second is a running server's steady state, with the index in memory.
 */
async function measureSearch(store: Store, label: string, rows: number, queries: string[]): Promise<void> {
  for (const [pass, name] of [[1, 'cold'], [2, 'warm']] as const) {
    const { pct, estimated, slowest } = await timePass(store, queries);
    for (const s of slowest) line(s);
    line(`search ${label.padEnd(9)} ${String(rows).padStart(8)} rows  p50 ${pct(0.5)} ms  p95 ${pct(0.95)} ms  (${queries.length} queries, ${estimated} estimated totals, pass ${pass} ${name})`);
  }
}

async function fillSqlite(path: string, rows: number, sentences: string[]): Promise<void> {
  const db = new Database(path);
  const next = random(11);
  const doc = db.prepare(`INSERT INTO documents (id, source, format, title, publication, volume, issue, published, url, text, content_hash, ingested_at)
    VALUES (?, 'synthetic', 'txt', ?, 'Synthetic', NULL, NULL, '2005', NULL, ?, ?, '2026-01-01')`);
  const fts = db.prepare('INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)');
  const batch = db.transaction((start: number, end: number) => {
    for (let i = start; i < end; i += 1) {
      const text = syntheticText(sentences, next);
      doc.run(`s${i}`, `Synthetic ${i}`, text, `h${i}`);
      fts.run(`s${i}`, `Synthetic ${i}`, text);
    }
  });
  for (let i = 0; i < rows; i += 10_000) batch(i, Math.min(rows, i + 10_000));
  db.close();
}

async function fillPostgres(schema: string, rows: number, sentences: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: schemaUrl(schema) });
  await client.connect();
  const next = random(13);
  for (let i = 0; i < rows; i += 5000) {
    const ids: string[] = [];
    const texts: string[] = [];
    for (let j = i; j < Math.min(rows, i + 5000); j += 1) { ids.push(`s${j}`); texts.push(syntheticText(sentences, next)); }
    await client.query(
      `INSERT INTO documents (id, source, format, title, publication, published, text, content_hash, ingested_at)
       SELECT id, 'synthetic', 'txt', 'Synthetic ' || id, 'Synthetic', '2005', text, 'h' || id, '2026-01-01'
       FROM unnest($1::text[], $2::text[]) AS u(id, text)`, [ids, texts]);
  }
  // What autovacuum does after a bulk load: the GIN pending list is merged and statistics are fresh.
  await client.query('VACUUM ANALYZE documents');
  await client.end();
}

/** Generated rows are kept (a 1M-row fill takes minutes) in ROWS_DIR for SQLite, one file per size. */
async function sqliteRows(rows: number, sentences: string[]): Promise<string> {
  mkdirSync(ROWS_DIR, { recursive: true });
  const path = join(ROWS_DIR, `search-${rows}.db`);
  if (existsSync(path)) {
    const db = new Database(path, { readonly: true });
    const n = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    db.close();
    if (n === rows) return path;
  }
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const t0 = performance.now();
  const store = createStore({ kind: 'sqlite', path: partial });
  await store.listDocuments({ limit: 1 });
  await store.close();
  await fillSqlite(partial, rows, sentences);
  renameSync(partial, path);
  line(`fill   sqlite    ${String(rows).padStart(8)} rows  in ${((performance.now() - t0) / 1000).toFixed(1)} s  (kept in ${path})`);
  return path;
}

/** The PostgreSQL rows are kept in schema bench_rows_N and reused while their count is right. */
async function postgresRows(rows: number, sentences: string[]): Promise<string> {
  const schema = `bench_rows_${rows}`;
  const admin = new pg.Client({ connectionString: PG_URL ?? '' });
  await admin.connect();
  try {
    const kept = await admin.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'documents'`, [schema]);
    if (kept.rowCount === 1 && (await admin.query(`SELECT COUNT(*)::int AS n FROM ${schema}.documents`)).rows[0]?.n === rows) return schema;
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.end();
  }
  const t0 = performance.now();
  const store = createStore({ kind: 'postgres', url: PG_URL ?? '', schema });
  await store.listDocuments({ limit: 1 });
  await store.close();
  await fillPostgres(schema, rows, sentences);
  line(`fill   postgres  ${String(rows).padStart(8)} rows  in ${((performance.now() - t0) / 1000).toFixed(1)} s  (kept in schema ${schema})`);
  return schema;
}

async function benchSearch(corpus: Corpus): Promise<void> {
  const sentences = sentencesOf(corpus);
  const queries = queriesOf(corpus, sentences, Number(values.queries));
  for (const rows of ROWS) {
    const store = createStore({ kind: 'sqlite', path: await sqliteRows(rows, sentences) });
    await measureSearch(store, 'sqlite', rows, queries);
    await store.close();
    if (PG_URL) {
      const pgStore = createStore({ kind: 'postgres', url: PG_URL, schema: await postgresRows(rows, sentences) });
      await measureSearch(pgStore, 'postgres', rows, queries);
      await pgStore.close();
    }
  }
}

async function main(): Promise<void> {
  line(`bench:scale  docs ${DOCS}  rows ${ROWS.join(', ')}  PostgreSQL ${PG_URL ? 'yes' : 'no (LANTERN_PG_URL unset)'}`);
  const corpus = loadCorpus(values.data);
  const ingest = values.only === 'search' ? null : new IngestBench({ docs: DOCS, work, pgUrl: PG_URL, freshSchema, schemaUrl, line });
  if (ingest) {
    ingest.writeCorpus(corpus);
    // Two-way runs first: they carry the targets; single-way runs are the baseline.
    if (WAYS.includes(2) && PG_URL && PG_RUNS) await ingest.postgres(2);
    if (WAYS.includes(2) && SQLITE_RUNS) await ingest.sqlite(2);
  }
  if (values.only !== 'ingest') await benchSearch(corpus);
  if (ingest) {
    if (WAYS.includes(1) && PG_URL && PG_RUNS) await ingest.postgres(1);
    if (WAYS.includes(1) && SQLITE_RUNS) await ingest.sqlite(1);
    ingest.summary();
  }
}

try {
  await main();
} finally {
  if (PG_URL && schemas.length > 0) {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  }
  rmSync(work, { recursive: true, force: true });
}
