// SQLite store: full-text search with a bounded cost per query. bm25 runs over at most a pool of
// candidates (all matches when there are few, the newest POOL matches of a common query), the
// total is exact below the pool size and a flagged lower bound above it, and snippets are cut in
// JavaScript for the page rows only, from a capped prefix of each text.

import type { Page, PageRequest, SearchHit } from '../../model/index.ts';
import { queryTokens, toFtsQuery, tokenPattern } from './fts-query.ts';
import { pageBounds } from './paging.ts';
import { makeSnippet, SNIPPET_INPUT } from './snippet.ts';
import type { Statements } from './statements.ts';

/**
 * Matches ranked per query. Ranking every match of a common word costs hundreds of milliseconds at a
 * million rows; past POOL matches the newest POOL (highest rowid: latest ingested) are ranked.
 */
export const POOL = 1000;

interface HitRow {
  documentId: string; title: string | null; publication: string | null; published: string | null;
  score: number; text: string; cut: number; matches: number;
}

// The pool is the newest matches in rowid order, which FTS5 walks without ranking anything; bm25
// then scores the pool's rows only. MATERIALIZED keeps the pool from being computed twice.
const RANKED = `
  WITH pool AS MATERIALIZED (
    SELECT rowid, document_id, -bm25(documents_fts, 0, 5, 1) AS score
    FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
  SELECT p.document_id AS documentId, d.title, d.publication, d.published, p.score,
         substr(d.text, 1, ${SNIPPET_INPUT}) AS text, length(d.text) > ${SNIPPET_INPUT} AS cut,
         (SELECT COUNT(*) FROM pool) AS matches
  FROM pool p JOIN documents d ON d.id = p.document_id
  ORDER BY p.score DESC, p.rowid DESC LIMIT ? OFFSET ?`;

/** Matches up to `cap`, for a page past the last hit, where no row carries the count. */
function countMatches(sql: Statements, match: string, cap: number): number {
  return sql.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)', match, cap,
  )?.n ?? 0;
}

export function searchDocuments(sql: Statements, input: string, page?: PageRequest): Page<SearchHit> {
  const { limit, offset } = pageBounds(page);
  const match = toFtsQuery(input);
  if (match === null) return { items: [], total: 0, limit, offset };
  const pool = Math.max(POOL, offset + limit);
  const rows = sql.all<HitRow>(RANKED, match, pool, limit, offset);
  const total = rows[0]?.matches ?? countMatches(sql, match, pool);
  const pattern = tokenPattern(queryTokens(match));
  const items = rows.map(({ text, cut, matches: _matches, ...hit }): SearchHit => ({ ...hit, snippet: makeSnippet(text, pattern, cut === 1) }));
  // A full pool means the count stopped there: the total is a lower bound ("1,000+").
  return total < pool ? { items, total, limit, offset } : { items, total, limit, offset, totalIsEstimate: true };
}
