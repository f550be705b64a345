// SQLite store: full-text search with a bounded cost per query. The newest POOL matches are
// collected first (FTS5 walks rowids without ranking). Fewer than POOL: every match is ranked by
// bm25 and the total is exact. A full pool: bm25 is skipped, because it counts every match of each
// phrase for its IDF (tens of ms per common word at a million rows, hundreds for a phrase); the pool
// is ordered by how much of the query its title holds, then newest (latest saved), and the total is
// a flagged lower bound ("1,000+").
// Snippets are cut in JavaScript for the page rows only, from a capped prefix of each text.

import type { Page, PageRequest, SearchHit } from '../../model/index.ts';
import { queryTokens, toFtsQuery, tokenPattern } from './fts-query.ts';
import { pageBounds } from './paging.ts';
import { makeSnippet, SNIPPET_INPUT } from './snippet.ts';
import type { Statements } from './statements.ts';

/** Matches collected per query before ranking; a query with more ranks its newest POOL. */
export const POOL = 1000;

interface Ranked { rowid: number; score: number }
interface Candidate { rowid: number; title: string }

interface HitRow {
  rowid: number; documentId: string; title: string | null; publication: string | null; published: string | null;
  text: string; cut: number;
}

/** Every match ranked by bm25 (title weighs 5, text 1); only the page's rows leave FTS5. */
function rankAll(sql: Statements, match: string, limit: number, offset: number): Ranked[] {
  return sql.all<Ranked>(
    `SELECT rowid, -bm25(documents_fts, 0, 5, 1) AS score FROM documents_fts WHERE documents_fts MATCH ?
     ORDER BY bm25(documents_fts, 0, 5, 1), rowid DESC LIMIT ? OFFSET ?`, match, limit, offset,
  );
}

/**
 * A full pool (newest first) ordered by the share of the query's words in the title, then newest.
 * Score: twice that share plus the recency within the pool (1 for the newest, falling towards 0).
 */
function rankPool(pool: Candidate[], pattern: RegExp | null, words: number, limit: number, offset: number): Ranked[] {
  const scored = pool.map(({ rowid, title }, i) => {
    const inTitle = pattern && title ? new Set(title.normalize('NFD').match(pattern)?.map((w) => w.toLowerCase())).size : 0;
    return { rowid, score: 2 * Math.min(1, inTitle / Math.max(1, words)) + 1 - i / pool.length };
  });
  return scored.sort((a, b) => b.score - a.score).slice(offset, offset + limit);
}

function pageRows(sql: Statements, ranked: Ranked[]): HitRow[] {
  if (ranked.length === 0) return [];
  return sql.all<HitRow>(
    `SELECT f.rowid, f.document_id AS documentId, d.title, d.publication, d.published,
            substr(d.text, 1, ${SNIPPET_INPUT}) AS text, length(d.text) > ${SNIPPET_INPUT} AS cut
     FROM documents_fts f JOIN documents d ON d.id = f.document_id
     WHERE f.rowid IN (SELECT value FROM json_each(?))`, JSON.stringify(ranked.map((r) => r.rowid)),
  );
}

export function searchDocuments(sql: Statements, input: string, page?: PageRequest): Page<SearchHit> {
  const { limit, offset } = pageBounds(page);
  const match = toFtsQuery(input);
  if (match === null) return { items: [], total: 0, limit, offset };
  const pool = Math.max(POOL, offset + limit);
  const newest = sql.all<Candidate>(
    'SELECT rowid, title FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?', match, pool,
  );
  const full = newest.length === pool;
  const tokens = queryTokens(match);
  const pattern = tokenPattern(tokens);
  const ranked = full ? rankPool(newest, pattern, tokens.length, limit, offset) : offset < newest.length ? rankAll(sql, match, limit, offset) : [];
  const rows = new Map(pageRows(sql, ranked).map((r) => [r.rowid, r]));
  const items = ranked.flatMap(({ rowid, score }): SearchHit[] => {
    const row = rows.get(rowid);
    if (!row) return [];
    const { text, cut, rowid: _rowid, ...hit } = row;
    return [{ ...hit, score, snippet: makeSnippet(text, pattern, cut === 1) }];
  });
  return full ? { items, total: pool, limit, offset, totalIsEstimate: true } : { items, total: newest.length, limit, offset };
}
