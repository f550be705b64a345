// App: the entity graph as served: one canonical entity with its aliases, documents, roles over
// time and relations (each with provenance), its neighbourhood for the link chart, its timeline.

import { NotFoundError, ValidationError, type EntitySummary, type EntityType, type Store } from '../model/index.ts';
import type { Edge, Provenance, RelationKind, RoleSpell } from '../resolve/index.ts';
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
}

export interface Neighborhood { nodes: GraphNode[]; edges: Edge[] }

async function summaryOf(store: Store, id: string): Promise<EntitySummary> {
  const entity = await store.getEntity(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

async function graph(store: Store): Promise<{ nodes: Map<string, GraphNode>; edges: Edge[]; timelines: Map<string, RoleSpell[]>; documents: Map<string, string[]> }> {
  const resolver = await resolutionOf(store).current();
  const nodes = new Map(resolver.clusters().map((c) => [c.id, { id: c.id, type: c.type, name: c.name }]));
  const memberDocs = new Map(resolver.members().map((m) => [m.key, m.document]));
  const documents = new Map(resolver.clusters().map((c) => [c.id, [...new Set(c.members.map((k) => memberDocs.get(k) ?? ''))].filter(Boolean).sort()]));
  const edges = resolver.edges();
  return { nodes, edges, timelines: resolver.timelines(), documents };
}

function touching(edges: readonly Edge[], id: string): Edge[] {
  return edges.filter((e) => e.from === id || e.to === id);
}

function timelineOf(id: string, timelines: Map<string, RoleSpell[]>, nodes: Map<string, GraphNode>): TimelineEntry[] {
  return (timelines.get(id) ?? []).map((s) => ({ ...s, organizationName: s.organization ? nodes.get(s.organization)?.name ?? null : null }));
}

/** The entity with aliases, documents, roles (timeline) and relations with provenance. */
export async function entityDetail(store: Store, wanted: string): Promise<EntityDetail> {
  const entity = await summaryOf(store, wanted);
  const id = entity.id;
  const g = await graph(store);
  const relations = touching(g.edges, id).flatMap((e): Relation[] => {
    const other = g.nodes.get(e.from === id ? e.to : e.from);
    return other ? [{ kind: e.kind, direction: e.from === id ? 'out' : 'in', other, label: e.label, provenance: e.provenance }] : [];
  });
  return { entity, documents: g.documents.get(id) ?? [], roles: timelineOf(id, g.timelines, g.nodes), relations };
}

/** The entity, every entity one relation away, and those relations (optionally of some kinds only). */
export async function entityNeighbors(store: Store, wanted: string, kinds?: readonly RelationKind[]): Promise<Neighborhood> {
  const entity = await summaryOf(store, wanted);
  const id = entity.id;
  const g = await graph(store);
  const edges = touching(g.edges, id).filter((e) => !kinds || kinds.includes(e.kind));
  const nodes = new Map<string, GraphNode>([[id, { id, type: entity.type, name: entity.name }]]);
  for (const e of edges) for (const n of [e.from, e.to]) { const node = g.nodes.get(n); if (node && !nodes.has(n)) nodes.set(n, node); }
  return { nodes: [...nodes.values()], edges: edges.filter((e) => nodes.has(e.from) && nodes.has(e.to)) };
}

/** The titles a person held over time, in date order, each with its documents. */
export async function entityTimeline(store: Store, wanted: string): Promise<{ entity: EntitySummary; roles: TimelineEntry[] }> {
  const entity = await summaryOf(store, wanted);
  const g = await graph(store);
  return { entity, roles: timelineOf(entity.id, g.timelines, g.nodes) };
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
