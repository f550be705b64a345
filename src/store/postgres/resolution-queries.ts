// PostgreSQL store: the cross-document resolution, saved with optimistic versioning. The row lock
// An advisory lock held for the transaction makes a compare-and-set, even before the first row
// exists: two writers never both win the same version.

import type { ResolutionUpdate } from '../../model/index.ts';
import type { Sql } from './statements.ts';

export interface StatePart {
  key: string;
  json: string;
}

/** An update as the model may carry it: state parts to write, a null json removing one. */
type UpdateWithParts = ResolutionUpdate & { parts?: { key: string; json: string | null }[] };

export async function loadResolution(sql: Sql): Promise<{ state: string | null; version: number; parts: StatePart[] }> {
  const row = await sql.get<{ state: string; version: number }>('SELECT state, version FROM resolution_state WHERE id = 1');
  const parts = await sql.all<StatePart>('SELECT key, json FROM resolution_parts ORDER BY position');
  return { state: row?.state ?? null, version: row?.version ?? 0, parts };
}

async function writeParts(sql: Sql, parts: readonly { key: string; json: string | null }[]): Promise<void> {
  const removed = parts.filter((p) => p.json === null).map((p) => p.key);
  const written = parts.filter((p): p is StatePart => p.json !== null);
  if (removed.length > 0) await sql.run('DELETE FROM resolution_parts WHERE key = ANY($1::text[])', removed);
  if (written.length > 0) {
    await sql.run(
      `INSERT INTO resolution_parts (key, json) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (key) DO UPDATE SET json = EXCLUDED.json`,
      written.map((p) => p.key), written.map((p) => p.json),
    );
  }
}

export async function unresolvedDocuments(sql: Sql, after: string | null, limit: number): Promise<string[]> {
  const rows = await sql.all<{ id: string }>('SELECT id FROM documents WHERE NOT resolved AND id > $1 ORDER BY id LIMIT $2', after ?? '', limit);
  return rows.map((r) => r.id);
}

export async function resolutionVersion(sql: Sql): Promise<number> {
  return (await sql.get<{ version: number }>('SELECT version FROM resolution_state WHERE id = 1'))?.version ?? 0;
}

/** Runs inside a transaction; null when the stored version is no longer `expected`. */
export async function saveResolution(sql: Sql, update: ResolutionUpdate, expected: number): Promise<number | null> {
  await sql.run("SELECT pg_advisory_xact_lock(hashtextextended('lantern:resolution', 0))");
  const current = await resolutionVersion(sql);
  if (current !== expected) return null;
  const next = current + 1;
  await sql.run(
    `INSERT INTO resolution_state (id, state, version) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, version = EXCLUDED.version`,
    update.state, next,
  );
  await writeParts(sql, (update as UpdateWithParts).parts ?? []);
  if (update.removedClusters.length > 0) await sql.run('DELETE FROM resolved_clusters WHERE id = ANY($1::text[])', update.removedClusters);
  if (update.clusters.length > 0) {
    await sql.run(
      `INSERT INTO resolved_clusters (id, type, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name`,
      update.clusters.map((c) => c.id), update.clusters.map((c) => c.type), update.clusters.map((c) => c.name),
    );
  }
  if (update.documents.length > 0) {
    await sql.run('DELETE FROM entity_clusters WHERE document_id = ANY($1::text[])', update.documents);
    await sql.run('UPDATE documents SET resolved = true WHERE id = ANY($1::text[])', update.documents);
  }
  if (update.assignments.length > 0) {
    const a = update.assignments;
    await sql.run(
      // A document deleted meanwhile has no row to point at; its assignment is dropped.
      `INSERT INTO entity_clusters (document_id, local_id, cluster_id)
       SELECT u.d, u.l, u.c FROM unnest($1::text[], $2::text[], $3::text[]) AS u(d, l, c)
       WHERE EXISTS (SELECT 1 FROM documents WHERE id = u.d)
       ON CONFLICT (document_id, local_id) DO UPDATE SET cluster_id = EXCLUDED.cluster_id`,
      a.map((x) => x.documentId), a.map((x) => x.localId), a.map((x) => x.clusterId),
    );
  }
  return next;
}
