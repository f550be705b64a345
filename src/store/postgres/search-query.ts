// PostgreSQL store: full-text search over the generated tsvector column. websearch_to_tsquery
// accepts anything a user types ("phrases", OR, -not) and never raises a syntax error; the
// headline is built only for the rows of the page, after ranking and LIMIT, over a capped prefix.

import type { Page, PageRequest, SearchHit } from '../../model/index.ts';
import { pageBounds } from './paging.ts';
import type { Sql } from './statements.ts';

const HEADLINE = 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "';

/** Characters of a text ts_headline parses: it reads the whole input, whatever the match. */
export const HEADLINE_INPUT = 20_000;

/** Trailing stars mean "prefix" in FTS5; websearch syntax has no prefix, so they are dropped. */
function cleanQuery(input: string): string {
  return input.replace(/\*/gu, ' ').trim();
}

interface HitRow extends SearchHit {
  total: number;
}

/**
 * Matches ranked per query. Every candidate costs a heap fetch, often a TOAST fetch of its tsvector,
 * and for a phrase a recheck of word positions (GIN holds none), so a common word or phrase costs
 * about 0.1 ms per candidate: the first CANDIDATES matches the scan yields are ranked, and past them
 * the total is CANDIDATES, flagged as a lower bound ("250+"). (SQLite's pool is larger: FTS5 walks
 * its index in rowid order without touching the rows.)
 */
export const CANDIDATES = 250;

// The tsquery is written out in each place rather than kept in a CTE: the planner then sees the
// words and their frequency, and for a common word picks a sequential scan that stops at the
// LIMIT instead of building a bitmap of every match.
const SEARCH = `
  WITH candidates AS MATERIALIZED (
    SELECT d.id, d.search FROM documents d WHERE d.search @@ websearch_to_tsquery('english', $1) LIMIT $4),
  hits AS (
    SELECT c.id, ts_rank_cd(c.search, websearch_to_tsquery('english', $1)) AS score, COUNT(*) OVER () AS total
    FROM candidates c ORDER BY score DESC, c.id LIMIT $2 OFFSET $3)
  SELECT h.id AS "documentId", d.title, d.publication, d.published, h.score::float8 AS score, h.total::int AS total,
         ts_headline('english', left(d.text, ${HEADLINE_INPUT}), websearch_to_tsquery('english', $1), '${HEADLINE}') AS snippet
  FROM hits h JOIN documents d ON d.id = h.id ORDER BY h.score DESC, h.id`;

export async function searchDocuments(sql: Sql, input: string, page?: PageRequest): Promise<Page<SearchHit>> {
  const { limit, offset } = pageBounds(page);
  const query = cleanQuery(input);
  if (query === '') return { items: [], total: 0, limit, offset };
  const cap = Math.max(CANDIDATES, offset + limit);
  const rows = await sql.all<HitRow>(SEARCH, query, limit, offset, cap + 1);
  const counted = rows[0]?.total ?? (offset > 0 ? await countMatches(sql, query, cap + 1) : 0);
  const items = rows.map(({ total: _total, ...hit }): SearchHit => hit);
  // More than the cap: counting stopped there, so the total is a lower bound.
  return counted > cap ? { items, total: cap, limit, offset, totalIsEstimate: true } : { items, total: counted, limit, offset };
}

/** Only for a page past the last hit, where the window count has no row to ride on. */
async function countMatches(sql: Sql, query: string, cap: number): Promise<number> {
  return (await sql.get<{ n: number }>(
    `SELECT COUNT(*)::int AS n FROM (SELECT 1 FROM documents WHERE search @@ websearch_to_tsquery('english', $1) LIMIT $2) m`, query, cap,
  ))?.n ?? 0;
}
