// Look of the link chart: node colours by entity type (as in the reader's legend), edge colours
// by relation kind, pinned/grouped/annotated states.
import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';

export const TYPE_COLOURS: Record<string, string> = {
  person: '#2a5db0', organization: '#8a4fbf', group: '#c0392b', place: '#2e8b57', media: '#c77d12', equipment: '#5d6d7e',
};
export const KIND_COLOURS: Record<string, string> = {
  'holds-role': '#2a5db0', 'part-of': '#8a4fbf', 'located-in': '#2e8b57', 'transferred-to': '#c0392b', cites: '#c77d12', 'co-occurs': '#b5bcc8',
};

export const CHART_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': (n: NodeSingular) => TYPE_COLOURS[String(n.data('type'))] ?? '#5d6d7e',
      label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#1c2330',
      'text-outline-color': '#ffffff', 'text-outline-width': 2, width: 22, height: 22, 'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node[?pinned]', style: { 'border-width': 3, 'border-color': '#f2b640' } },
  { selector: 'node[note]', style: { shape: 'round-rectangle' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1c2330' } },
  { selector: ':parent', style: { 'background-color': '#eef2f8', 'background-opacity': 0.7, 'border-color': '#9fb0cc', 'border-width': 1, 'text-valign': 'top', shape: 'round-rectangle', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: (e: EdgeSingular) => Math.min(6, 1 + Number(e.data('weight') ?? 1)), 'line-color': (e: EdgeSingular) => KIND_COLOURS[String(e.data('kind'))] ?? '#b5bcc8',
      'curve-style': 'bezier', 'target-arrow-shape': (e: EdgeSingular) => (e.data('kind') === 'co-occurs' ? 'none' : 'triangle'),
      'target-arrow-color': (e: EdgeSingular) => KIND_COLOURS[String(e.data('kind'))] ?? '#b5bcc8', 'arrow-scale': 0.8, opacity: 0.85,
    },
  },
  { selector: 'edge:selected', style: { 'line-color': '#1c2330', 'target-arrow-color': '#1c2330', opacity: 1 } },
];

/** Cheaper style for thousands of elements: no labels until zoomed in, straight edges. */
export const LARGE_CHART_STYLE: StylesheetJson = [
  ...CHART_STYLE,
  { selector: 'edge', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', width: 1 } },
  { selector: 'node', style: { 'min-zoomed-font-size': 14, 'text-outline-width': 0 } },
];

/** From this many nodes on, the chart draws the cheaper style. */
export const LARGE_CHART = 1000;

/** The stylesheet for a chart of `nodes` nodes; hidden elements are never drawn in either. */
export function chartStyle(nodes: number): StylesheetJson {
  return [...(nodes >= LARGE_CHART ? LARGE_CHART_STYLE : CHART_STYLE), { selector: '.hidden', style: { display: 'none' } }];
}
