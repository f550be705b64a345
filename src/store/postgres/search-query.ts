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

export async function searchDocuments(sql: Sql, input: string, page?: PageRequest): Promise<Page<SearchHit>> {
  const { limit, offset } = pageBounds(page);
  const query = cleanQuery(input);
  if (query === '') return { items: [], total: 0, limit, offset };
  // One index scan ranks the matches and counts them (window count); only the page's rows are
  // joined back for their text and headline.
  const rows = await sql.all<HitRow>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
     hits AS (
       SELECT d.id, ts_rank_cd(d.search, q.q) AS score, COUNT(*) OVER () AS total
       FROM documents d, q WHERE d.search @@ q.q
       ORDER BY score DESC, d.id LIMIT $2 OFFSET $3)
     SELECT h.id AS "documentId", d.title, d.publication, d.published, h.score::float8 AS score, h.total::int AS total,
            ts_headline('english', left(d.text, 100000), q.q, '${HEADLINE}') AS snippet
     FROM hits h JOIN documents d ON d.id = h.id, q ORDER BY h.score DESC, h.id`,
    query, limit, offset,
  );
  const total = rows[0]?.total ?? (offset > 0 ? await countMatches(sql, query) : 0);
  const items = rows.map(({ total: _total, ...hit }): SearchHit => hit);
  return { items, total, limit, offset };
}

/** Only for a page past the last hit, where the window count has no row to ride on. */
async function countMatches(sql: Sql, query: string): Promise<number> {
  return (await sql.get<{ n: number }>(
    `SELECT COUNT(*)::int AS n FROM documents WHERE search @@ websearch_to_tsquery('english', $1)`, query,
  ))?.n ?? 0;
}
