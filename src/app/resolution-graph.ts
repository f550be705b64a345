// App: the entity graph as served: one canonical entity with its aliases, documents, roles over
// time and relations (each with provenance), its neighbourhood for the link chart, its timeline.

import { NotFoundError, ValidationError, type EntitySummary, type EntityType, type ExtractionRecord, type Store } from '../model/index.ts';
import { roleTimelines, type Edge, type Provenance, type RelationKind, type Resolver, type RoleSpell } from '../resolve/index.ts';
import { resolutionOf } from './resolution.ts';

export type { RelationKind };
export const ENTITY_RELATION_KINDS: readonly RelationKind[] = ['holds-role', 'part-of', 'located-in', 'transferred-to', 'cites', 'co-occurs'];

export interface GraphNode { id: string; type: EntityType; name: string }

export interface Relation {
  kind: RelationKind;
  /** 'out' when this entity is the relation's subject ("X holds-role at Y"), else 'in'. */
  direction: 'out' | 'in';
  other: GraphNode;
  label: string | null;
  provenance: Provenance[];
}

export interface TimelineEntry extends RoleSpell { organizationName: string | null }

export interface EntityDetail {
  entity: EntitySummary;
  documents: string[];
  roles: TimelineEntry[];
  relations: Relation[];
  /** How many of the entity's documents the roles and relations were read from (the most recent). */
  relationsFrom: { documents: number; of: number };
}

export interface Neighborhood { nodes: GraphNode[]; edges: Edge[] }

async function summaryOf(store: Store, id: string): Promise<EntitySummary> {
  const entity = await store.getEntity(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

/** Records are read this many at a time (on PostgreSQL each is a round trip). */
const READ_BATCH = 50;
/**
 * Relations are read from at most this many of an entity's documents, the most recent: a country
 * named in 20,000 reports would otherwise cost a minute per profile. The answer says so.
 */
export const RELATION_DOCUMENTS = 2000;

async function recordsOf(store: Store, documents: readonly string[]): Promise<ExtractionRecord[]> {
  const records: ExtractionRecord[] = [];
  for (let i = 0; i < documents.length; i += READ_BATCH) {
    const batch = await Promise.all(documents.slice(i, i + READ_BATCH).map((d) => store.getRecord(d)));
    for (const record of batch) if (record) records.push(record);
  }
  return records;
}

interface EntityGraph { resolver: Resolver; documents: string[]; read: number; edges: Edge[] }

/**
 * The entity's documents and the relations touching it. Every fact about an entity is stated by a
 * document that names it, so its own documents' records are all that is read: the cost follows the
 * entity's size, not the corpus's.
 */
async function graphAround(store: Store, id: string, limit = RELATION_DOCUMENTS): Promise<EntityGraph> {
  const resolver = await resolutionOf(store).current();
  const cluster = resolver.cluster(id);
  const published = new Map<string, string>();
  for (const k of cluster?.members ?? []) {
    const m = resolver.member(k);
    if (m) published.set(m.document, m.published ?? '');
  }
  const documents = [...published.keys()].sort();
  const recent = [...documents].sort((a, b) => (published.get(b) ?? '').localeCompare(published.get(a) ?? '') || a.localeCompare(b))
    .slice(0, limit);
  const edges = resolver.edges(await recordsOf(store, recent)).filter((e) => e.from === id || e.to === id);
  return { resolver, documents, read: recent.length, edges };
}

function nodeOf(resolver: Resolver, id: string): GraphNode | undefined {
  const c = resolver.cluster(id);
  return c ? { id: c.id, type: c.type, name: c.name } : undefined;
}

function timelineOf(id: string, g: EntityGraph): TimelineEntry[] {
  return (roleTimelines(g.edges).get(id) ?? []).map((s) => ({ ...s, organizationName: s.organization ? nodeOf(g.resolver, s.organization)?.name ?? null : null }));
}

/** The entity with aliases, documents, roles (timeline) and relations with provenance. */
export async function entityDetail(store: Store, wanted: string, relationDocuments = RELATION_DOCUMENTS): Promise<EntityDetail> {
  const entity = await summaryOf(store, wanted);
  const id = entity.id;
  const g = await graphAround(store, id, relationDocuments);
  const relations = g.edges.flatMap((e): Relation[] => {
    const other = nodeOf(g.resolver, e.from === id ? e.to : e.from);
    return other ? [{ kind: e.kind, direction: e.from === id ? 'out' : 'in', other, label: e.label, provenance: e.provenance }] : [];
  });
  return { entity, documents: g.documents, roles: timelineOf(id, g), relations, relationsFrom: { documents: g.read, of: g.documents.length } };
}

/** The entity, every entity one relation away, and those relations (optionally of some kinds only). */
export async function entityNeighbors(store: Store, wanted: string, kinds?: readonly RelationKind[]): Promise<Neighborhood> {
  const entity = await summaryOf(store, wanted);
  const id = entity.id;
  const g = await graphAround(store, id);
  const edges = g.edges.filter((e) => !kinds || kinds.includes(e.kind));
  const nodes = new Map<string, GraphNode>([[id, { id, type: entity.type, name: entity.name }]]);
  for (const e of edges) for (const n of [e.from, e.to]) { const node = nodeOf(g.resolver, n); if (node && !nodes.has(n)) nodes.set(n, node); }
  return { nodes: [...nodes.values()], edges: edges.filter((e) => nodes.has(e.from) && nodes.has(e.to)) };
}

/** The titles a person held over time, in date order, each with its documents. */
export async function entityTimeline(store: Store, wanted: string): Promise<{ entity: EntitySummary; roles: TimelineEntry[] }> {
  const entity = await summaryOf(store, wanted);
  return { entity, roles: timelineOf(entity.id, await graphAround(store, entity.id)) };
}

/** An entity by id, else by exact name or alias (case-insensitive); ambiguity is the user's to settle. */
export async function lookupEntity(store: Store, idOrName: string): Promise<EntitySummary> {
  const byId = await store.getEntity(idOrName);
  if (byId) return byId;
  const wanted = idOrName.trim().toLowerCase();
  const page = await store.listEntities({ q: idOrName.trim(), limit: 200 });
  const exact = page.items.filter((e) => e.name.toLowerCase() === wanted);
  const hits = exact.length > 0 ? exact : page.items.filter((e) => e.aliases.some((a) => a.toLowerCase() === wanted));
  if (hits.length === 1 && hits[0]) return hits[0];
  if (hits.length > 1) {
    throw new ValidationError(`"${idOrName}" names ${hits.length} entities; use an id: ${hits.map((e) => `${e.id} (${e.type} ${e.name})`).join(', ')}`);
  }
  throw new NotFoundError('entity', idOrName);
}
