// SQLite store: cross-document resolution. The resolver's state (one versioned row), each record
// entity's cluster, and canonical entities served by cluster (falling back to the naive key).

import type {
  ClusterAssignment, EntitySummary, EntityType, MentionRow, Page, PageRequest, ResolutionState, ResolutionUpdate,
} from '../../model/index.ts';
import type { Migration } from './migrations.ts';
import { pageBounds } from './paging.ts';
import type { Param, Statements } from './statements.ts';

/** Resolution team's migration range is 60-69; migrations.ts appends these to the shared list. */
export const RESOLUTION_MIGRATIONS: readonly Migration[] = [
  {
    version: 60,
    name: 'resolution-state-clusters',
    sql: `
      CREATE TABLE resolution_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE resolved_clusters (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL
      );
      -- A NULL cluster means the analyst rejected the entity: it is not served.
      CREATE TABLE entity_clusters (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        cluster_id TEXT,
        PRIMARY KEY (document_id, local_id)
      );
      CREATE INDEX entity_clusters_cluster ON entity_clusters(cluster_id);
      CREATE INDEX mentions_local ON mentions(document_id, local_id);
    `,
  },
  {
    version: 61,
    name: 'resolution-state-parts',
    sql: `
      -- The resolver's state in parts (one per document and per cluster), rewritten as they change.
      CREATE TABLE resolution_parts (
        key TEXT PRIMARY KEY,
        json TEXT NOT NULL
      );
    `,
  },
  {
    version: 62,
    name: 'documents-resolved',
    sql: `
      -- Set when a saved resolution covers the document's current version; a new version starts
      -- unresolved. Documents with a resolver part are resolved already.
      ALTER TABLE documents ADD COLUMN resolved INTEGER NOT NULL DEFAULT 0;
      UPDATE documents SET resolved = 1 WHERE 'd:' || id IN (SELECT key FROM resolution_parts);
      CREATE INDEX documents_unresolved ON documents(id) WHERE resolved = 0;
    `,
  },
];

export function loadResolution(sql: Statements): ResolutionState {
  const row = sql.get<{ json: string; version: number }>('SELECT json, version FROM resolution_state WHERE id = 1');
  const parts = sql.all<{ key: string; json: string }>('SELECT key, json FROM resolution_parts ORDER BY rowid');
  return { state: row?.json ?? null, version: row?.version ?? 0, parts };
}

export function resolutionVersion(sql: Statements): number {
  return sql.get<{ version: number }>('SELECT version FROM resolution_state WHERE id = 1')?.version ?? 0;
}

function writeAssignment(sql: Statements, a: ClusterAssignment): void {
  // A document deleted meanwhile has no row to point at; its assignment is dropped.
  sql.run(
    `INSERT OR REPLACE INTO entity_clusters (document_id, local_id, cluster_id)
     SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?)`,
    a.documentId, a.localId, a.clusterId, a.documentId,
  );
}

/** Writes the change when the version is still `expected` (caller holds the write transaction). */
export function saveResolution(sql: Statements, update: ResolutionUpdate, expected: number): number | null {
  if (resolutionVersion(sql) !== expected) return null;
  const version = expected + 1;
  sql.run(
    `INSERT INTO resolution_state (id, version, json, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET version = excluded.version, json = excluded.json, updated_at = excluded.updated_at`,
    version, update.state, new Date().toISOString(),
  );
  for (const p of update.parts ?? []) {
    if (p.json === null) sql.run('DELETE FROM resolution_parts WHERE key = ?', p.key);
    else sql.run('INSERT INTO resolution_parts (key, json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json', p.key, p.json);
  }
  for (const id of update.removedClusters) sql.run('DELETE FROM resolved_clusters WHERE id = ?', id);
  for (const c of update.clusters) sql.run('INSERT OR REPLACE INTO resolved_clusters (id, type, name) VALUES (?, ?, ?)', c.id, c.type, c.name);
  for (const d of update.documents) {
    sql.run('DELETE FROM entity_clusters WHERE document_id = ?', d);
    sql.run('UPDATE documents SET resolved = 1 WHERE id = ?', d);
  }
  for (const a of update.assignments) writeAssignment(sql, a);
  return version;
}

export function unresolvedDocuments(sql: Statements, after: string | null, limit: number): string[] {
  return sql.all<{ id: string }>('SELECT id FROM documents WHERE resolved = 0 AND id > ? ORDER BY id LIMIT ?', after ?? '', limit).map((r) => r.id);
}

// Each entity row with its group id: its cluster when resolved, else the naive canonical key.
const GROUPED = `
  SELECT e.*, COALESCE(ec.cluster_id, e.canonical_key) AS gid
  FROM entities e LEFT JOIN entity_clusters ec ON ec.document_id = e.document_id AND ec.local_id = e.local_id
  WHERE ec.document_id IS NULL OR ec.cluster_id IS NOT NULL`;

const AGGREGATE = `
  SELECT g.gid AS id, COALESCE(rc.type, MIN(g.type)) AS type, rc.name AS cluster_name,
         json_group_array(g.name) AS names, json_group_array(g.aliases) AS alias_lists,
         COUNT(DISTINCT g.document_id) AS document_count, SUM(g.mention_count) AS mention_count
  FROM (${GROUPED}) g LEFT JOIN resolved_clusters rc ON rc.id = g.gid`;

interface AggregateRow {
  id: string; type: string; cluster_name: string | null; names: string; alias_lists: string;
  document_count: number; mention_count: number;
}

/** The cluster's name when resolved, else the most frequent surface name; every other name is an alias. */
function toSummary(row: AggregateRow): EntitySummary {
  const names = JSON.parse(row.names) as string[];
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const name = row.cluster_name
    ?? [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
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

export function listResolvedEntities(sql: Statements, filter: { q?: string; type?: EntityType } & PageRequest = {}): Page<EntitySummary> {
  const { limit, offset } = pageBounds(filter);
  const having: string[] = [];
  const params: Param[] = [];
  if (filter.type) { having.push('COALESCE(rc.type, MIN(g.type)) = ?'); params.push(filter.type); }
  const q = filter.q?.trim();
  if (q) {
    having.push(`(MAX(g.name LIKE ? ESCAPE '\\' OR g.aliases LIKE ? ESCAPE '\\') = 1 OR COALESCE(rc.name LIKE ? ESCAPE '\\', 0) = 1)`);
    params.push(likePattern(q), likePattern(q), likePattern(q));
  }
  const grouped = `${AGGREGATE} GROUP BY g.gid ${having.length ? `HAVING ${having.join(' AND ')}` : ''}`;
  const total = sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${grouped})`, ...params)?.n ?? 0;
  const rows = sql.all<AggregateRow>(`${grouped} ORDER BY mention_count DESC, id LIMIT ? OFFSET ?`, ...params, limit, offset);
  return { items: rows.map(toSummary), total, limit, offset };
}

/**
 * One entity by cluster id. A naive key (events and transfers still carry those) leads to the
 * cluster holding most of that key's mentions, so links from the ledger keep working.
 */
export function getResolvedEntity(sql: Statements, id: string): EntitySummary | null {
  const row = sql.get<AggregateRow>(`${AGGREGATE} WHERE g.gid = ? GROUP BY g.gid`, id);
  if (row) return toSummary(row);
  const cluster = sql.get<{ cluster_id: string }>(
    `SELECT ec.cluster_id FROM entities e JOIN entity_clusters ec ON ec.document_id = e.document_id AND ec.local_id = e.local_id
     WHERE e.canonical_key = ? AND ec.cluster_id IS NOT NULL GROUP BY ec.cluster_id ORDER BY SUM(e.mention_count) DESC, ec.cluster_id LIMIT 1`,
    id,
  );
  return cluster && cluster.cluster_id !== id ? getResolvedEntity(sql, cluster.cluster_id) : null;
}

export function listResolvedMentions(sql: Statements, entityId: string, page?: PageRequest): Page<MentionRow> {
  const { limit, offset } = pageBounds(page);
  const from = `FROM mentions m LEFT JOIN entity_clusters ec ON ec.document_id = m.document_id AND ec.local_id = m.local_id
    WHERE (ec.cluster_id = ?) OR (ec.document_id IS NULL AND m.canonical_key = ?)`;
  const total = sql.get<{ n: number }>(`SELECT COUNT(*) AS n ${from}`, entityId, entityId)?.n ?? 0;
  const rows = sql.all<{ document_id: string; start: number; end: number; text: string }>(
    `SELECT m.document_id, m.start, m.end, m.text ${from} ORDER BY m.document_id, m.start LIMIT ? OFFSET ?`,
    entityId, entityId, limit, offset,
  );
  const items = rows.map((r): MentionRow => ({ entityId, documentId: r.document_id, span: [r.start, r.end], text: r.text }));
  return { items, total, limit, offset };
}
