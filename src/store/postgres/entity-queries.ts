// PostgreSQL store: canonical entities, served by resolved cluster when the resolver assigned one
// and by the naive canonical key otherwise, with their mentions. Rejected entities are not served.

import type { EntitySummary, EntityType, MentionRow, Page, PageRequest } from '../../model/index.ts';
import { pageBounds } from './paging.ts';
import type { Param, Sql } from './statements.ts';

interface AggregateRow {
  id: string;
  type: string;
  cluster_name: string | null;
  names: string[];
  alias_lists: string[][];
  document_count: number;
  mention_count: number;
}

// Each entity row with its group id: its cluster when resolved, else the naive canonical key.
const GROUPED = `
  SELECT e.*, COALESCE(ec.cluster_id, e.canonical_key) AS gid
  FROM entities e LEFT JOIN entity_clusters ec ON ec.document_id = e.document_id AND ec.local_id = e.local_id
  WHERE ec.document_id IS NULL OR ec.cluster_id IS NOT NULL`;

const AGGREGATE = `
  SELECT g.gid AS id, COALESCE(MIN(rc.type), MIN(g.type)) AS type, MIN(rc.name) AS cluster_name,
         array_agg(g.name) AS names, jsonb_agg(g.aliases) AS alias_lists,
         COUNT(DISTINCT g.document_id)::int AS document_count, SUM(g.mention_count)::int AS mention_count
  FROM (${GROUPED}) g LEFT JOIN resolved_clusters rc ON rc.id = g.gid`;

/** The cluster's name when resolved, else the most frequent surface name; every other name is an alias. */
function toSummary(row: AggregateRow): EntitySummary {
  const counts = new Map<string, number>();
  for (const n of row.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const name = row.cluster_name
    ?? [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
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
  const having: string[] = [];
  const params: Param[] = [];
  if (filter.type) { params.push(filter.type); having.push(`COALESCE(MIN(rc.type), MIN(g.type)) = $${params.length}`); }
  const q = filter.q?.trim();
  if (q) {
    params.push(likePattern(q));
    const p = `$${params.length}`;
    having.push(`(bool_or(g.name ILIKE ${p} OR g.aliases::text ILIKE ${p}) OR COALESCE(bool_or(rc.name ILIKE ${p}), false))`);
  }
  const grouped = `${AGGREGATE} GROUP BY g.gid ${having.length ? `HAVING ${having.join(' AND ')}` : ''}`;
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*)::int AS n FROM (${grouped}) x`, ...params))?.n ?? 0;
  const rows = await sql.all<AggregateRow>(
    `${grouped} ORDER BY mention_count DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    ...params, limit, offset,
  );
  return { items: rows.map(toSummary), total, limit, offset };
}

/** By group id; a naive key (as events and transfers carry) leads to the cluster most of its rows joined. */
export async function getEntity(sql: Sql, id: string): Promise<EntitySummary | null> {
  const row = await sql.get<AggregateRow>(`${AGGREGATE} WHERE g.gid = $1 GROUP BY g.gid`, id);
  if (row) return toSummary(row);
  const cluster = await sql.get<{ cluster_id: string }>(
    `SELECT ec.cluster_id FROM entities e JOIN entity_clusters ec ON ec.document_id = e.document_id AND ec.local_id = e.local_id
     WHERE e.canonical_key = $1 AND ec.cluster_id IS NOT NULL GROUP BY ec.cluster_id ORDER BY SUM(e.mention_count) DESC, ec.cluster_id LIMIT 1`,
    id,
  );
  return cluster && cluster.cluster_id !== id ? getEntity(sql, cluster.cluster_id) : null;
}

export async function listMentions(sql: Sql, entityId: string, page?: PageRequest): Promise<Page<MentionRow>> {
  const { limit, offset } = pageBounds(page);
  const from = `FROM mentions m LEFT JOIN entity_clusters ec ON ec.document_id = m.document_id AND ec.local_id = m.local_id
    WHERE (ec.cluster_id = $1) OR (ec.document_id IS NULL AND m.canonical_key = $1)`;
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*)::int AS n ${from}`, entityId))?.n ?? 0;
  const rows = await sql.all<{ document_id: string; start: number; end: number; text: string }>(
    `SELECT m.document_id, m.start, m."end", m.text ${from} ORDER BY m.document_id, m.start LIMIT $2 OFFSET $3`,
    entityId, limit, offset,
  );
  const items = rows.map((r): MentionRow => ({ entityId, documentId: r.document_id, span: [r.start, r.end], text: r.text }));
  return { items, total, limit, offset };
}
