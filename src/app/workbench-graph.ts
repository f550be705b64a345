// App: the link chart's graph. Relation facts come from the resolution library (holds-role,
// part-of, located-in, transferred-to, cites, co-occurs) per record, keyed by the store's entity
// ids, with analyst corrections applied; neighbours are filtered by date and relation kind.

import { ValidationError } from '../model/index.ts';
import type { EntityType, ExtractionRecord, Store } from '../model/index.ts';
import { membersOf } from '../resolve/index.ts';
import type { Edge, RelationKind } from '../resolve/index.ts';
import { edgesOf, factsOf } from '../resolve/relations.ts';
import { corpusSnapshot } from './corpus-snapshot.ts';
import { entityIds, type EntityIdOf } from './entity-ids.ts';
import { canonicalOf, type CorrectionView } from './review.ts';

export const RELATION_KINDS: readonly RelationKind[] = ['holds-role', 'part-of', 'located-in', 'transferred-to', 'cites', 'co-occurs'];

export interface ChartNode { id: string; type: EntityType; name: string; documentCount: number }
export interface ChartEdge extends Edge { id: string }
export interface ChartGraph { nodes: ChartNode[]; edges: ChartEdge[] }
export interface NeighborFilter { from?: string; to?: string; kinds?: RelationKind[]; limit?: number }

/** One record's facts with member keys replaced by the ids entities are shown under. */
function recordEdges(record: ExtractionRecord, idOf: EntityIdOf, nodes: Map<string, ChartNode>, byName: Map<string, string>): Edge[] {
  const members = membersOf(record);
  const byLocal = new Map(record.entities.map((e) => [e.id, e]));
  const clusterOf = new Map<string, string>();
  for (const m of members) {
    const local = m.entityIds[0] ?? '';
    const entity = byLocal.get(local) ?? { id: local, type: m.type, name: m.name };
    const shown = idOf(record.document.id, entity);
    if (shown === null) continue;
    byName.set(shown.byName, shown.id);
    clusterOf.set(m.key, shown.id);
    const node = nodes.get(shown.id) ?? { id: shown.id, type: m.type, name: shown.name, documentCount: 0 };
    node.documentCount++;
    nodes.set(shown.id, node);
  }
  // A fact without its own date (co-occurrence, parentage) is dated by its document, so the
  // chart's date filter has something to go on.
  const edges = edgesOf(factsOf(record, members), clusterOf);
  for (const e of edges) for (const p of e.provenance) p.date ??= record.document.published;
  return edges;
}

/** Every node and edge of the corpus; an edge stated by several documents carries them all. */
export async function chartGraph(store: Store, view: CorrectionView): Promise<ChartGraph> {
  const { nodes, edges } = await buildChart(store, view);
  return { nodes, edges };
}

/** The chart, and the id each type-and-name key ("place:london") is shown under. */
async function buildChart(store: Store, view: CorrectionView): Promise<ChartGraph & { byName: Map<string, string> }> {
  const [{ records }, idOf] = await Promise.all([corpusSnapshot(store), entityIds(store, view)]);
  const nodes = new Map<string, ChartNode>();
  const edges = new Map<string, ChartEdge>();
  const byName = new Map<string, string>();
  for (const record of records) {
    for (const e of recordEdges(record, idOf, nodes, byName)) {
      if (e.to === '') continue; // a role without a named organization is no link
      const id = `${e.kind}|${e.from}|${e.to}|${e.label ?? ''}`;
      const known = edges.get(id);
      if (known) known.provenance.push(...e.provenance);
      else edges.set(id, { ...e, id });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], byName };
}

const inRange = (date: string | null, from?: string, to?: string): boolean =>
  date !== null && (!from || date.slice(0, from.length) >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to.slice(0, date.length));

/** Keeps the provenance inside [from, to] (undated evidence fails a date filter); drops emptied edges. */
function filterEdge(e: ChartEdge, f: NeighborFilter): ChartEdge | null {
  if (f.kinds && f.kinds.length > 0 && !f.kinds.includes(e.kind)) return null;
  if (!f.from && !f.to) return e;
  const provenance = e.provenance.filter((p) => inRange(p.date, f.from, f.to));
  return provenance.length > 0 ? { ...e, provenance } : null;
}

/** The entity, its neighbours and the edges between the entity and them (strongest first). */
export async function chartNeighbors(store: Store, view: CorrectionView, entity: string, filter: NeighborFilter = {}): Promise<ChartGraph> {
  if (entity.trim() === '') throw new ValidationError('entity must be an entity id');
  const graph = await buildChart(store, view);
  const asked = canonicalOf(view, entity) ?? entity;
  // A type-and-name id (an older link, "place:london") finds the resolved entity it is shown as.
  const starts = new Set([graph.nodes.some((n) => n.id === asked) ? asked : graph.byName.get(asked) ?? asked]);
  const edges = graph.edges
    .filter((e) => starts.has(e.from) || starts.has(e.to))
    .map((e) => filterEdge(e, filter))
    .filter((e): e is ChartEdge => e !== null)
    .sort((a, b) => b.provenance.length - a.provenance.length)
    .slice(0, filter.limit ?? 60);
  const ids = new Set([...starts, ...edges.flatMap((e) => [e.from, e.to])]);
  return { nodes: graph.nodes.filter((n) => ids.has(n.id)), edges };
}

/** Parses "holds-role,cites" into relation kinds. @throws ValidationError on an unknown kind */
export function readKinds(raw: string | undefined): RelationKind[] {
  if (!raw) return [];
  return raw.split(',').filter((k) => k !== '').map((k) => {
    if (!(RELATION_KINDS as readonly string[]).includes(k)) throw new ValidationError(`unknown relation kind: ${k}`);
    return k as RelationKind;
  });
}
