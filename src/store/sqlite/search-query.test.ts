// Tests the SQLite search's two regimes: few matches ranked by bm25 with an exact total, and a
// full pool (more than POOL matches) ordered by title words then recency with a flagged total.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate } from './migrations.ts';
import { POOL, searchDocuments } from './search-query.ts';
import { Statements } from './statements.ts';

const BODY = 'Kazakhstan received riot shields from the United States, the ministry said.';

/** An in-memory store with `n` reports; report i has `title(i)` and the body plus `extra(i)`. */
function storeWith(n: number, title: (i: number) => string, extra: (i: number) => string): Statements {
  const db = new Database(':memory:');
  migrate(db);
  const doc = db.prepare(`INSERT INTO documents (id, source, format, title, text, content_hash, ingested_at)
    VALUES (?, 'test', 'txt', ?, ?, ?, '2026-01-01')`);
  const fts = db.prepare('INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < n; i += 1) {
      const text = `${BODY} ${extra(i)}`;
      doc.run(`d${i}`, title(i), text, `h${i}`);
      fts.run(`d${i}`, title(i), text);
    }
  })();
  return new Statements(db);
}

test('few matches: bm25 order, title above text, an exact total and pages', () => {
  const sql = storeWith(50, (i) => (i === 7 ? 'Humvee deliveries' : `Report ${i}`), (i) => (i % 10 === 7 || i === 3 ? 'Humvee Humvee.' : ''));
  const page = searchDocuments(sql, 'humvee');
  assert.equal(page.total, 6);
  assert.equal(page.totalIsEstimate, undefined);
  assert.equal(page.items[0]?.documentId, 'd7', 'the title match ranks first');
  assert.ok(page.items.every((h, i) => i === 0 || h.score <= (page.items[i - 1]?.score ?? Infinity)));
  assert.match(page.items[1]?.snippet ?? '', /«Humvee» «Humvee»/u);
  const second = searchDocuments(sql, 'humvee', { limit: 4, offset: 4 });
  assert.deepEqual([second.total, second.items.length], [6, 2]);
  assert.deepEqual(searchDocuments(sql, 'humvee', { offset: 10 }).items, []);
});

test('more matches than the pool: title words first, then newest, and a flagged lower bound', () => {
  const n = POOL + 200;
  const sql = storeWith(n, (i) => (i === 900 ? 'Riot shields for Kazakhstan' : `Report ${i}`), () => '');
  const page = searchDocuments(sql, 'riot shields', { limit: 3 });
  assert.deepEqual([page.total, page.totalIsEstimate], [POOL, true]);
  assert.deepEqual(page.items.map((h) => h.documentId), ['d900', `d${n - 1}`, `d${n - 2}`]);
  assert.match(page.items[1]?.snippet ?? '', /«riot» «shields»/u);
  const old = searchDocuments(sql, 'riot shields', { limit: 10, offset: POOL - 5 });
  assert.equal(old.items.length, 10, 'paging past the pool widens it');
  assert.equal(old.total, POOL + 5);
});
