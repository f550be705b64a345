// Store: the resolved cluster of an event's or transfer's party. Parties are stored under their
// document's naive key; the document's entity with that key leads to its cluster, so ledger
// filters and references follow resolution ("Nazarbaev" in one report, "Nazarbayev" in another).

import type { EntityRef, ResolvedCluster } from '../model/index.ts';

/**
 * SQL for a party's group id: its cluster when the resolver placed it, else its naive key (the same
 * grouping the entity list uses). `doc` and `key` are column expressions.
 * @example `${partyGroupSql('t.document_id', 't.supplier_key')} = ?`
 */
export function partyGroupSql(doc: string, key: string): string {
  return `COALESCE((SELECT ec.cluster_id FROM entities en
    JOIN entity_clusters ec ON ec.document_id = en.document_id AND ec.local_id = en.local_id
    WHERE en.document_id = ${doc} AND en.canonical_key = ${key} AND ec.cluster_id IS NOT NULL
    ORDER BY ec.cluster_id LIMIT 1), ${key})`;
}

/**
 * SQL true when the party (`doc`, `key`) is in group `param`. The key is first narrowed to the
 * group's own keys (its members' keys, or the value itself as a naive key) so an index serves it.
 * The placeholder appears three times (SQLite callers pass the value three times).
 */
export function partyInGroupSql(doc: string, key: string, param: () => string): string {
  return `${key} IN (SELECT en.canonical_key FROM entity_clusters ec
      JOIN entities en ON en.document_id = ec.document_id AND en.local_id = ec.local_id WHERE ec.cluster_id = ${param()}
      UNION ALL SELECT CAST(${param()} AS TEXT))
    AND ${partyGroupSql(doc, key)} = ${param()}`;
}

/** SQL listing each resolved party of the given documents (`docs` is a placeholder list) with its cluster. */
export function partyClustersSql(docs: string): string {
  return `SELECT g.document_id, g.canonical_key, rc.id, rc.type, rc.name
    FROM (SELECT en.document_id, en.canonical_key, MIN(ec.cluster_id) AS cluster_id FROM entities en
          JOIN entity_clusters ec ON ec.document_id = en.document_id AND ec.local_id = en.local_id
          WHERE en.document_id IN (${docs}) AND ec.cluster_id IS NOT NULL
          GROUP BY en.document_id, en.canonical_key) g
    JOIN resolved_clusters rc ON rc.id = g.cluster_id`;
}

export interface PartyClusterRow extends ResolvedCluster { document_id: string; canonical_key: string }

/** Looks a document's party up by its naive key. */
export class PartyClusters {
  private readonly byKey = new Map<string, ResolvedCluster>();

  constructor(rows: readonly PartyClusterRow[]) {
    for (const r of rows) this.byKey.set(`${r.document_id}\u0000${r.canonical_key}`, { id: r.id, type: r.type, name: r.name });
  }

  /** The reference with its cluster attached, when it has one. */
  attach(documentId: string, ref: EntityRef | null): EntityRef | null {
    if (ref === null) return null;
    const cluster = this.byKey.get(`${documentId}\u0000${ref.id}`);
    return cluster ? { ...ref, cluster } : ref;
  }

  attachAll(documentId: string, refs: readonly EntityRef[]): EntityRef[] {
    return refs.map((r) => this.attach(documentId, r)).filter((r): r is EntityRef => r !== null);
  }
}
