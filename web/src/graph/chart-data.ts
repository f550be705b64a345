// Link chart elements: API graphs become cytoscape elements, boards are saved as plain JSON of
// elements and positions, and a synthetic graph feeds the canvas benchmark.
import type { Core, ElementDefinition } from 'cytoscape';
import type { ChartGraph } from '../api/workbench.ts';

export function elementsOf(graph: ChartGraph): ElementDefinition[] {
  return [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.name, name: n.name, type: n.type, documents: n.documentCount } })),
    ...graph.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.from, target: e.to, kind: e.kind, label: e.label, weight: e.provenance.length, provenance: e.provenance },
    })),
  ];
}

/** Adds what the chart lacks; returns the ids of the nodes that are new. */
export function mergeInto(cy: Core, graph: ChartGraph): string[] {
  const fresh = elementsOf(graph).filter((el) => cy.getElementById(String(el.data.id)).empty());
  cy.add(fresh.filter((el) => el.group === 'nodes'));
  cy.add(fresh.filter((el) => el.group === 'edges' && !cy.getElementById(String(el.data.source)).empty() && !cy.getElementById(String(el.data.target)).empty()));
  return fresh.filter((el) => el.group === 'nodes').map((el) => String(el.data.id));
}

export interface BoardState {
  elements: ElementDefinition[];
  hidden: string[];
  expanded: string[];
  filter: { from: string; to: string; kinds: string[] };
  zoom: number;
  pan: { x: number; y: number };
}

export function boardOf(cy: Core, expanded: readonly string[], filter: BoardState['filter']): BoardState {
  const elements = cy.elements().map((el) => ({
    group: el.isNode() ? ('nodes' as const) : ('edges' as const),
    data: { ...el.data() } as ElementDefinition['data'],
    ...(el.isNode() ? { position: { ...el.position() } } : {}),
  }));
  return { elements, hidden: cy.elements('.hidden').map((el) => el.id()), expanded: [...expanded], filter, zoom: cy.zoom(), pan: { ...cy.pan() } };
}

export function restoreBoard(cy: Core, board: BoardState): void {
  cy.elements().remove();
  cy.add(board.elements.filter((el) => el.group === 'nodes'));
  cy.add(board.elements.filter((el) => el.group === 'edges'));
  for (const id of board.hidden) cy.getElementById(id).addClass('hidden');
  cy.nodes('[?pinned]').lock();
  cy.viewport({ zoom: board.zoom, pan: board.pan });
}

/** A random graph of `n` nodes and about 1.5n edges laid out on a jittered grid (deterministic). */
export function syntheticElements(n: number): ElementDefinition[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const types = ['person', 'organization', 'place', 'group', 'media', 'equipment'];
  const side = Math.ceil(Math.sqrt(n));
  const nodes = Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `s${i}`, label: `Entity ${i}`, name: `Entity ${i}`, type: types[i % types.length] },
    position: { x: (i % side) * 60 + rand() * 30, y: Math.floor(i / side) * 60 + rand() * 30 },
  }));
  const kinds = ['co-occurs', 'holds-role', 'part-of', 'transferred-to', 'cites'];
  const edges = Array.from({ length: Math.floor(n * 1.5) }, (_, i) => {
    const a = Math.floor(rand() * n);
    const b = Math.min(n - 1, Math.max(0, a + Math.floor(rand() * 2 * side) - side));
    return { group: 'edges' as const, data: { id: `e${i}`, source: `s${a}`, target: `s${b === a ? (a + 1) % n : b}`, kind: kinds[i % kinds.length], weight: 1 } };
  });
  return [...nodes, ...edges];
}
