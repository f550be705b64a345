// Export: the entity graph (nodes = canonical entities, edges = relations the resolution library
// finds: co-occurrence, transfers, part-of, roles, located-in, citations) written as GEXF 1.3 or
// GraphML for Gephi, yEd, Cytoscape and NetworkX.

import type { EntityType, Store } from '../../model/index.ts';
import { membersOf } from '../../resolve/index.ts';
import type { RelationKind } from '../../resolve/index.ts';
import { edgesOf, factsOf } from '../../resolve/relations.ts';
import { canonicalKey } from '../../store/index.ts';
import { records } from './records.ts';

export interface ExportNode { id: string; type: EntityType; name: string; documents: number }
export interface ExportEdge { id: string; kind: RelationKind; from: string; to: string; label: string | null; weight: number; directed: boolean }

/** Nodes and edges across all stored records; an edge's weight is how many facts state it. */
export async function buildGraph(store: Store): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
  const nodes = new Map<string, ExportNode>();
  const edges = new Map<string, ExportEdge>();
  for await (const record of records(store)) {
    const members = membersOf(record);
    const byLocal = new Map(record.entities.map((e) => [e.id, e]));
    const clusterOf = new Map<string, string>();
    for (const m of members) {
      const name = byLocal.get(m.entityIds[0] ?? '')?.name ?? m.name;
      const id = canonicalKey(m.type, name);
      clusterOf.set(m.key, id);
      const node = nodes.get(id) ?? { id, type: m.type, name, documents: 0 };
      node.documents += 1;
      nodes.set(id, node);
    }
    for (const e of edgesOf(factsOf(record, members), clusterOf)) {
      if (e.to === '') continue; // a role without a named organization links to nothing
      const id = `${e.kind}|${e.from}|${e.to}|${e.label ?? ''}`;
      const known = edges.get(id) ?? { id, kind: e.kind, from: e.from, to: e.to, label: e.label, weight: 0, directed: e.kind !== 'co-occurs' };
      known.weight += e.provenance.length;
      edges.set(id, known);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** XML attribute text; characters XML 1.0 forbids are dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

export async function* gexf(store: Store): AsyncGenerator<string> {
  const { nodes, edges } = await buildGraph(store);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n';
  yield '<meta><creator>Lantern</creator></meta>\n<graph mode="static" defaultedgetype="directed">\n';
  yield '<attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="documents" title="documents" type="integer"/></attributes>\n';
  yield '<attributes class="edge"><attribute id="kind" title="kind" type="string"/></attributes>\n<nodes>\n';
  for (const n of nodes) {
    yield `<node id="${xmlText(n.id)}" label="${xmlText(n.name)}"><attvalues><attvalue for="type" value="${n.type}"/><attvalue for="documents" value="${n.documents}"/></attvalues></node>\n`;
  }
  yield '</nodes>\n<edges>\n';
  for (const [i, e] of edges.entries()) {
    const label = e.label ? ` label="${xmlText(e.label)}"` : '';
    yield `<edge id="e${i}" source="${xmlText(e.from)}" target="${xmlText(e.to)}" type="${e.directed ? 'directed' : 'undirected'}" weight="${e.weight}"${label}><attvalues><attvalue for="kind" value="${e.kind}"/></attvalues></edge>\n`;
  }
  yield '</edges>\n</graph>\n</gexf>\n';
}

export async function* graphMl(store: Store): AsyncGenerator<string> {
  const { nodes, edges } = await buildGraph(store);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield '<key id="name" for="node" attr.name="name" attr.type="string"/>\n<key id="type" for="node" attr.name="type" attr.type="string"/>\n';
  yield '<key id="documents" for="node" attr.name="documents" attr.type="int"/>\n<key id="kind" for="edge" attr.name="kind" attr.type="string"/>\n';
  yield '<key id="label" for="edge" attr.name="label" attr.type="string"/>\n<key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n';
  yield '<graph id="lantern" edgedefault="directed">\n';
  for (const n of nodes) {
    yield `<node id="${xmlText(n.id)}"><data key="name">${xmlText(n.name)}</data><data key="type">${n.type}</data><data key="documents">${n.documents}</data></node>\n`;
  }
  for (const [i, e] of edges.entries()) {
    const label = e.label ? `<data key="label">${xmlText(e.label)}</data>` : '';
    yield `<edge id="e${i}" source="${xmlText(e.from)}" target="${xmlText(e.to)}" directed="${e.directed}"><data key="kind">${e.kind}</data>${label}<data key="weight">${e.weight}</data></edge>\n`;
  }
  yield '</graph>\n</graphml>\n';
}
