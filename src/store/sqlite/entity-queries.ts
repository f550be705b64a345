// SQLite store: canonical entities aggregated from per-document rows, and their mentions.

import type { EntitySummary, EntityType, MentionRow, Page, PageRequest } from '../../model/index.ts';
import { pageBounds } from './paging.ts';
import type { Param, Statements } from './statements.ts';

interface AggregateRow {
  id: string;
  type: string;
  names: string;
  alias_lists: string;
  document_count: number;
  mention_count: number;
}

const AGGREGATE = `
  SELECT canonical_key AS id, MIN(type) AS type, json_group_array(name) AS names,
         json_group_array(aliases) AS alias_lists, COUNT(DISTINCT document_id) AS document_count,
         SUM(mention_count) AS mention_count
  FROM entities`;

/** The most frequent surface name is the canonical one; every other name seen is an alias. */
function toSummary(row: AggregateRow): EntitySummary {
  const names = JSON.parse(row.names) as string[];
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const name = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  const aliases = new Set<string>(names);
  for (const list of JSON.parse(row.alias_lists) as string[]) {
    for (const alias of JSON.parse(list) as string[]) aliases.add(alias);
  }
  aliases.delete(name);
  return {
    id: row.id, type: row.type as EntityType, name, aliases: [...aliases].sort(),
    documentCount: row.document_count, mentionCount: row.mention_count,
  };
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

export function listEntities(sql: Statements, filter: { q?: string; type?: EntityType } & PageRequest = {}): Page<EntitySummary> {
  const { limit, offset } = pageBounds(filter);
  const clauses: string[] = [];
  const params: Param[] = [];
  if (filter.type) { clauses.push('type = ?'); params.push(filter.type); }
  const q = filter.q?.trim();
  if (q) {
    clauses.push(`canonical_key IN (SELECT canonical_key FROM entities
      WHERE name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')`);
    params.push(likePattern(q), likePattern(q));
  }
  const filterSql = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = sql.get<{ n: number }>(`SELECT COUNT(DISTINCT canonical_key) AS n FROM entities ${filterSql}`, ...params)?.n ?? 0;
  const rows = sql.all<AggregateRow>(
    `${AGGREGATE} ${filterSql} GROUP BY canonical_key ORDER BY mention_count DESC, canonical_key LIMIT ? OFFSET ?`,
    ...params, limit, offset,
  );
  return { items: rows.map(toSummary), total, limit, offset };
}

export function getEntity(sql: Statements, id: string): EntitySummary | null {
  const row = sql.get<AggregateRow>(`${AGGREGATE} WHERE canonical_key = ? GROUP BY canonical_key`, id);
  return row ? toSummary(row) : null;
}

export function listMentions(sql: Statements, entityId: string, page?: PageRequest): Page<MentionRow> {
  const { limit, offset } = pageBounds(page);
  const total = sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM mentions WHERE canonical_key = ?', entityId)?.n ?? 0;
  const rows = sql.all<{ document_id: string; start: number; end: number; text: string }>(
    `SELECT document_id, start, end, text FROM mentions WHERE canonical_key = ?
     ORDER BY document_id, start LIMIT ? OFFSET ?`,
    entityId, limit, offset,
  );
  const items = rows.map((r): MentionRow => ({ entityId, documentId: r.document_id, span: [r.start, r.end], text: r.text }));
  return { items, total, limit, offset };
}
