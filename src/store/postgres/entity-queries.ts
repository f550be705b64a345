// PostgreSQL store: canonical entities aggregated from per-document rows, and their mentions.

import type { EntitySummary, EntityType, MentionRow, Page, PageRequest } from '../../model/index.ts';
import { pageBounds } from './paging.ts';
import type { Param, Sql } from './statements.ts';

interface AggregateRow {
  id: string;
  type: string;
  names: string[];
  alias_lists: string[][];
  document_count: number;
  mention_count: number;
}

const AGGREGATE = `
  SELECT canonical_key AS id, MIN(type) AS type, array_agg(name) AS names,
         jsonb_agg(aliases) AS alias_lists, COUNT(DISTINCT document_id)::int AS document_count,
         SUM(mention_count)::int AS mention_count
  FROM entities`;

/** The most frequent surface name is the canonical one; every other name seen is an alias. */
function toSummary(row: AggregateRow): EntitySummary {
  const counts = new Map<string, number>();
  for (const n of row.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const name = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  const aliases = new Set<string>(row.names);
  for (const list of row.alias_lists) for (const alias of list) aliases.add(alias);
  aliases.delete(name);
  return {
    id: row.id, type: row.type as EntityType, name, aliases: [...aliases].sort(),
    documentCount: row.document_count, mentionCount: row.mention_count,
  };
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

export async function listEntities(sql: Sql, filter: { q?: string; type?: EntityType } & PageRequest = {}): Promise<Page<EntitySummary>> {
  const { limit, offset } = pageBounds(filter);
  const clauses: string[] = [];
  const params: Param[] = [];
  if (filter.type) { params.push(filter.type); clauses.push(`type = $${params.length}`); }
  const q = filter.q?.trim();
  if (q) {
    params.push(likePattern(q));
    clauses.push(`canonical_key IN (SELECT canonical_key FROM entities
      WHERE name ILIKE $${params.length} OR aliases::text ILIKE $${params.length})`);
  }
  const filterSql = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(DISTINCT canonical_key)::int AS n FROM entities ${filterSql}`, ...params))?.n ?? 0;
  const rows = await sql.all<AggregateRow>(
    `${AGGREGATE} ${filterSql} GROUP BY canonical_key ORDER BY mention_count DESC, canonical_key
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    ...params, limit, offset,
  );
  return { items: rows.map(toSummary), total, limit, offset };
}

export async function getEntity(sql: Sql, id: string): Promise<EntitySummary | null> {
  const row = await sql.get<AggregateRow>(`${AGGREGATE} WHERE canonical_key = $1 GROUP BY canonical_key`, id);
  return row ? toSummary(row) : null;
}

export async function listMentions(sql: Sql, entityId: string, page?: PageRequest): Promise<Page<MentionRow>> {
  const { limit, offset } = pageBounds(page);
  const total = (await sql.get<{ n: number }>('SELECT COUNT(*)::int AS n FROM mentions WHERE canonical_key = $1', entityId))?.n ?? 0;
  const rows = await sql.all<{ document_id: string; start: number; end: number; text: string }>(
    `SELECT document_id, start, "end", text FROM mentions WHERE canonical_key = $1
     ORDER BY document_id, start LIMIT $2 OFFSET $3`,
    entityId, limit, offset,
  );
  const items = rows.map((r): MentionRow => ({ entityId, documentId: r.document_id, span: [r.start, r.end], text: r.text }));
  return { items, total, limit, offset };
}
