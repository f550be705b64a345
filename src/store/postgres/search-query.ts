// PostgreSQL store: full-text search over the generated tsvector column. websearch_to_tsquery
// accepts anything a user types ("phrases", OR, -not) and never raises a syntax error; the
// headline is built only for the rows of the page, after ranking and LIMIT.

import type { Page, PageRequest, SearchHit } from '../../model/index.ts';
import { pageBounds } from './paging.ts';
import type { Sql } from './statements.ts';

const HEADLINE = 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "';

/** Trailing stars mean "prefix" in FTS5; websearch syntax has no prefix, so they are dropped. */
function cleanQuery(input: string): string {
  return input.replace(/\*/gu, ' ').trim();
}

interface HitRow extends SearchHit {
  total: number;
}

/**
 * Matches ranked per query. Ranking and counting every match of a common word costs seconds at a
 * million rows (each match's tsvector is read), so ranking runs over the first CANDIDATES matches
 * the index yields; when there are more, the total is the planner's estimate ("about N").
 */
export const CANDIDATES = 1000;

export async function searchDocuments(sql: Sql, input: string, page?: PageRequest): Promise<Page<SearchHit>> {
  const { limit, offset } = pageBounds(page);
  const query = cleanQuery(input);
  if (query === '') return { items: [], total: 0, limit, offset };
  const cap = Math.max(CANDIDATES, offset + limit) + 1;
  const rows = await sql.all<HitRow>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
     candidates AS (SELECT d.id, d.search FROM documents d, q WHERE d.search @@ q.q LIMIT $4),
     hits AS (
       SELECT c.id, ts_rank_cd(c.search, q.q) AS score, COUNT(*) OVER () AS total
       FROM candidates c, q ORDER BY score DESC, c.id LIMIT $2 OFFSET $3)
     SELECT h.id AS "documentId", d.title, d.publication, d.published, h.score::float8 AS score, h.total::int AS total,
            ts_headline('english', left(d.text, 100000), q.q, '${HEADLINE}') AS snippet
     FROM hits h JOIN documents d ON d.id = h.id, q ORDER BY h.score DESC, h.id`,
    query, limit, offset, cap,
  );
  const counted = rows[0]?.total ?? (offset > 0 ? await countMatches(sql, query, cap) : 0);
  const total = counted >= cap ? Math.max(cap, await estimateMatches(sql, query)) : counted;
  const items = rows.map(({ total: _total, ...hit }): SearchHit => hit);
  return { items, total, limit, offset };
}

/** Only for a page past the last hit, where the window count has no row to ride on. */
async function countMatches(sql: Sql, query: string, cap: number): Promise<number> {
  return (await sql.get<{ n: number }>(
    `SELECT COUNT(*)::int AS n FROM (SELECT 1 FROM documents WHERE search @@ websearch_to_tsquery('english', $1) LIMIT $2) m`, query, cap,
  ))?.n ?? 0;
}

async function estimateMatches(sql: Sql, query: string): Promise<number> {
  const row = await sql.get<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM documents WHERE search @@ websearch_to_tsquery('english', $1)`, query,
  );
  return Math.round(row?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
}
