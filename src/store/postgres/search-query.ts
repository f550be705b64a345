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

export async function searchDocuments(sql: Sql, input: string, page?: PageRequest): Promise<Page<SearchHit>> {
  const { limit, offset } = pageBounds(page);
  const query = cleanQuery(input);
  if (query === '') return { items: [], total: 0, limit, offset };
  const total = (await sql.get<{ n: number }>(
    `SELECT COUNT(*)::int AS n FROM documents WHERE search @@ websearch_to_tsquery('english', $1)`, query,
  ))?.n ?? 0;
  if (total === 0) return { items: [], total, limit, offset };
  const items = await sql.all<SearchHit>(
    `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
     hits AS (
       SELECT d.id, d.title, d.publication, d.published, d.text, ts_rank_cd(d.search, q.q) AS score
       FROM documents d, q WHERE d.search @@ q.q
       ORDER BY score DESC, d.id LIMIT $2 OFFSET $3)
     SELECT h.id AS "documentId", h.title, h.publication, h.published, h.score::float8 AS score,
            ts_headline('english', left(h.text, 100000), q.q, '${HEADLINE}') AS snippet
     FROM hits h, q ORDER BY h.score DESC, h.id`,
    query, limit, offset,
  );
  return { items, total, limit, offset };
}
