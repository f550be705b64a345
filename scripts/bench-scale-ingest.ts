// Scale benchmark, ingest part (called by bench-scale.ts): writes N generated documents to disk
// one at a time, ingests them with threads on SQLite and worker processes on PostgreSQL, shows
// progress on stderr, and ends with a table of docs/s and minutes per configuration. Both paths
// end with every document in the entity graph: SQLite ingest resolves as it saves (as `lantern
// ingest` does), and the timed PostgreSQL run lasts until the workers have resolved and exited.

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enqueuePaths, ingestPaths, ingestPathsThreaded, openQueue, openStore } from '../src/app/index.ts';
import { random, variant } from './generate-corpus.ts';
import type { Corpus } from './generate-corpus.ts';

/** The issue's target: 100,000 documents in 10 minutes on two cores. */
const TARGET_DOCS_PER_S = 100_000 / 600;

export interface IngestBenchOptions {
  docs: number;
  work: string;
  pgUrl: string | null;
  freshSchema: (name: string) => Promise<string>;
  schemaUrl: (schema: string) => string;
  line: (text: string) => void;
}

interface Result {
  config: string;
  docs: number;
  ms: number;
}

const rate = (n: number, ms: number) => n / (ms / 1000);
const minutes = (ms: number) => (ms / 60_000).toFixed(1);

/** Single-word places of the corpus ("in Baghdad", "to Moscow"), swapped like its names. */
function placesOf(corpus: Corpus): string[] {
  const names = new Set(corpus.names.flatMap((n) => n.split(' ')));
  const calendar = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|This|That|These|Those|There|Their|What|When|Which|While)$/u;
  return [...new Set(corpus.articles.join(' ').match(/(?<=\b(?:in|to|from|near) )[A-Z][a-z]{3,}\b/gu) ?? [])]
    .filter((p) => !names.has(p) && !calendar.test(p)).sort();
}

export class IngestBench {
  private readonly dir: string;
  private readonly results: Result[] = [];

  constructor(private readonly opts: IngestBenchOptions) {
    this.dir = join(opts.work, 'corpus');
  }

  /** Writes the corpus file by file (names, numbers and places redrawn per document), never all in memory. */
  writeCorpus(corpus: Corpus): void {
    const places = placesOf(corpus);
    const place = new RegExp(`\\b(?:${places.join('|')})\\b`, 'gu');
    const t0 = performance.now();
    for (let i = 0; i < this.opts.docs; i += 1) {
      const folder = join(this.dir, String(Math.floor(i / 1000)).padStart(4, '0'));
      if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
      const next = random(i + 101);
      const text = variant(corpus, i).replace(place, (p) => (next() < 0.6 ? places[Math.floor(next() * places.length)] ?? p : p));
      writeFileSync(join(folder, `doc-${i}.txt`), text);
      if ((i + 1) % 10_000 === 0) process.stderr.write(`  generated ${i + 1}/${this.opts.docs}\n`);
    }
    this.opts.line(`corpus   ${this.opts.docs} documents written in ${((performance.now() - t0) / 1000).toFixed(1)} s (${places.length} places, ${corpus.names.length} names to draw from)`);
  }

  private record(config: string, docs: number, ms: number, note = ''): void {
    this.results.push({ config, docs, ms });
    this.opts.line(`ingest ${config.padEnd(19)} ${docs} docs in ${(ms / 1000).toFixed(1)} s (${minutes(ms)} min) = ${rate(docs, ms).toFixed(1)} docs/s${note}`);
  }

  /** A progress line on stderr every twentieth of the run (at least every 1,000 documents). */
  private progress(label: string, t0: number): (done: number) => void {
    const every = Math.max(1000, Math.floor(this.opts.docs / 20));
    let next = every;
    return (done) => {
      if (done < next) return;
      next = done + every;
      const ms = performance.now() - t0;
      const eta = (this.opts.docs - done) / rate(done, ms) / 60;
      process.stderr.write(`  ${label}: ${done}/${this.opts.docs} docs, ${rate(done, ms).toFixed(1)} docs/s, ${eta.toFixed(1)} min to go\n`);
    };
  }

  async sqlite(threads: number): Promise<void> {
    const store = openStore({ dbPath: join(this.opts.work, `ingest-${threads}.db`) });
    const config = `sqlite   ${threads} thread${threads > 1 ? 's' : ''}`;
    const t0 = performance.now();
    const report = this.progress(config, t0);
    const onProgress = (p: { done: number }) => report(p.done);
    const summary = threads === 1 ? await ingestPaths(store, [this.dir], { onProgress }) : await ingestPathsThreaded(store, [this.dir], { threads, onProgress });
    const ms = performance.now() - t0;
    await store.close();
    this.record(config, summary.created.length, ms, summary.failed.length > 0 ? ` (${summary.failed.length} failed)` : '');
  }

  private worker(url: string): Promise<void> {
    const args = ['--max-old-space-size=8192', join(import.meta.dirname, '../bin/lantern.mjs'), 'worker', '--pg', url, '--concurrency', '2', '--batch', '8', '--drain'];
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
    });
  }

  async postgres(workers: number): Promise<void> {
    const schema = await this.opts.freshSchema(`ingest${workers}`);
    const queue = openQueue(this.opts.pgUrl ?? '', schema);
    const enqueued = await enqueuePaths(queue, [this.dir]);
    const config = `postgres ${workers} worker${workers > 1 ? 's' : ''}`;
    const t0 = performance.now();
    const report = this.progress(config, t0);
    const poll = setInterval(() => { queue.counts().then((c) => report(c.done), () => undefined); }, 10_000);
    try {
      await Promise.all(Array.from({ length: workers }, () => this.worker(this.opts.schemaUrl(schema))));
    } finally {
      clearInterval(poll);
    }
    const ms = performance.now() - t0;
    const counts = await queue.counts();
    await queue.close();
    this.record(config, counts.done, ms, ` (${enqueued.added} queued, ${counts.failed} failed)`);
  }

  /** The closing table: one row per configuration, against the 100k-in-10-minutes target. */
  summary(): void {
    if (this.results.length === 0) return;
    const { line } = this.opts;
    line(`\ningest summary (target: 100000 docs in <= 10 min on 2 cores = ${TARGET_DOCS_PER_S.toFixed(0)} docs/s; two-way rows carry it)`);
    line(`${'config'.padEnd(20)} ${'docs'.padStart(8)} ${'minutes'.padStart(8)} ${'docs/s'.padStart(8)} ${'100k in'.padStart(10)}`);
    for (const r of this.results) {
      const per100k = 100_000 / rate(r.docs, r.ms) / 60;
      const verdict = per100k <= 10 ? 'meets' : 'misses';
      line(`${r.config.padEnd(20)} ${String(r.docs).padStart(8)} ${minutes(r.ms).padStart(8)} ${rate(r.docs, r.ms).toFixed(1).padStart(8)} ${`${per100k.toFixed(1)} min`.padStart(10)}  ${verdict}`);
    }
  }
}
