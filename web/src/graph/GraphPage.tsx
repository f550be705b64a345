// The link chart: start from an entity, expand neighbours, filter by date and relation kind, read
// an edge's provenance, pin/hide/group/annotate nodes, save boards server-side and export.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Core, NodeSingular } from 'cytoscape';
import { workbench, type BoardInfo } from '../api/workbench.ts';
import { navigate } from '../router/use-route.ts';
import { graphHref } from '../router/routes.ts';
import { chartStyle, LARGE_CHART } from './chart-style.ts';
import { boardOf, mergeInto, restoreBoard, syntheticElements, type BoardState } from './chart-data.ts';
import { chartGexf, chartSvg, download } from './chart-export.ts';
import { ChartToolbar, type ChartFilter } from './ChartToolbar.tsx';
import { ChartPanel, type Selection } from './ChartPanel.tsx';

export function GraphPage({ entity, board, synthetic }: { entity: string; board: string; synthetic: number }) {
  const host = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [filter, setFilter] = useState<ChartFilter>({ from: '', to: '', kinds: [] });
  const [expanded, setExpanded] = useState<string[]>([]);
  const [boards, setBoards] = useState<BoardInfo[]>([]);
  const [status, setStatus] = useState('');
  const [counts, setCounts] = useState({ nodes: 0, edges: 0, hidden: 0 });

  useEffect(() => {
    let instance: Core | null = null;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (!host.current) return;
      claimCytoscapeStylesheet();
      instance = cytoscape({
        // A pan or zoom moves a cached image of the chart without its edges, so it stays smooth at thousands of elements.
        container: host.current, style: chartStyle(synthetic), wheelSensitivity: 0.3, textureOnViewport: true, hideEdgesOnViewport: true,
        ...(synthetic > 0 ? { elements: syntheticElements(synthetic), layout: { name: 'preset' } } : {}),
      });
      instance.on('tap', 'node', (e) => setSelection({ kind: 'node', id: (e.target as NodeSingular).id() }));
      instance.on('tap', 'edge', (e) => setSelection({ kind: 'edge', id: String(e.target.id()) }));
      instance.on('tap', (e) => { if (e.target === instance) setSelection(null); });
      let large = synthetic >= LARGE_CHART;
      instance.on('add remove class', () => {
        if (!instance) return;
        const nodes = instance.nodes().length;
        if (nodes >= LARGE_CHART !== large) {
          large = !large;
          instance.style(chartStyle(nodes));
        }
        setCounts({ nodes, edges: instance.edges().length, hidden: instance.elements('.hidden').length });
      });
      setCounts({ nodes: instance.nodes().length, edges: instance.edges().length, hidden: 0 });
      setCy(instance);
    });
    return () => instance?.destroy();
  }, [synthetic]);

  useEffect(() => { void workbench.boards().then((b) => setBoards(b.items), () => setBoards([])); }, []);

  const layout = (fresh: string[]) => {
    if (!cy || fresh.length === 0) return;
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, fit: true, padding: 40 }).run();
  };

  const expand = async (id: string, f: ChartFilter = filter) => {
    if (!cy) return;
    setStatus(`Expanding ${cy.getElementById(id).data('label') ?? id}…`);
    try {
      const graph = await workbench.neighbors(id, f);
      const fresh = mergeInto(cy, graph);
      setExpanded((list) => (list.includes(id) ? list : [...list, id]));
      layout(fresh);
      setStatus(`${fresh.length} new ${fresh.length === 1 ? 'entity' : 'entities'} around ${cy.getElementById(id).data('label') ?? id}`);
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };

  useEffect(() => {
    if (!cy || !entity || board) return;
    cy.elements().remove();
    setExpanded([]);
    void expand(entity);
  }, [cy, entity]);

  useEffect(() => {
    if (!cy || !board) return;
    void workbench.board<BoardState>(board).then((saved) => {
      restoreBoard(cy, saved.board);
      setExpanded(saved.board.expanded);
      setFilter({ from: saved.board.filter.from, to: saved.board.filter.to, kinds: saved.board.filter.kinds });
      setStatus(`Opened board “${saved.name}”`);
    }, (err: unknown) => setStatus(err instanceof Error ? err.message : String(err)));
  }, [cy, board]);

  /** A new filter redraws the chart from the expanded entities, keeping positions of kept nodes. */
  const applyFilter = async (f: ChartFilter) => {
    setFilter(f);
    if (!cy) return;
    const keep = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.elements().remove();
    for (const id of expanded) mergeInto(cy, await workbench.neighbors(id, f));
    cy.nodes().forEach((n) => { const p = keep.get(n.id()); if (p) n.position(p); });
    layout(cy.nodes().map((n) => n.id()).filter((id) => !keep.has(id)));
    setStatus(`Filtered: ${cy.edges().length} links`);
  };

  const saveBoard = async (name: string) => {
    if (!cy) return;
    const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'board';
    await workbench.saveBoard(id, name, boardOf(cy, expanded, filter));
    setBoards((await workbench.boards()).items);
    setStatus(`Saved board “${name}”`);
  };

  const exportAs = (format: 'png' | 'svg' | 'gexf') => {
    if (!cy) return;
    if (format === 'png') download('link-chart.png', cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'image/png');
    if (format === 'svg') download('link-chart.svg', chartSvg(cy), 'image/svg+xml');
    if (format === 'gexf') download('link-chart.gexf', chartGexf(cy), 'application/xml');
  };

  return (
    <section class="page chart-page" aria-labelledby="chart-heading">
      <h1 id="chart-heading" class="page-title">Link chart</h1>
      <ChartToolbar
        filter={filter} boards={boards} onStart={(id) => navigate(graphHref({ entity: id }))} onFilter={(f) => void applyFilter(f)}
        onSave={(name) => void saveBoard(name)} onOpen={(id) => navigate(graphHref({ board: id }))}
        onDelete={(id) => void workbench.deleteBoard(id).then(async () => setBoards((await workbench.boards()).items))}
        onExport={exportAs} onShowHidden={() => cy?.elements('.hidden').removeClass('hidden')} counts={counts}
      />
      <p class="chart-status" role="status" aria-live="polite">{status}</p>
      <div class="chart-layout">
        <div ref={host} class="chart-canvas" data-state={cy ? 'ready' : 'loading'} data-nodes={counts.nodes} role="img"
          aria-label={`Link chart with ${counts.nodes} entities and ${counts.edges} links`} />
        {cy && <ChartPanel cy={cy} selection={selection} onExpand={(id) => void expand(id)} onClose={() => setSelection(null)} onSelect={setSelection} />}
      </div>
    </section>
  );
}

/**
 * Cytoscape injects a <style> element unless one with its id exists; our CSP forbids inline styles,
 * so an empty placeholder takes the id and workbench.css carries the one rule it would have added.
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('template');
  placeholder.id = id;
  document.head.append(placeholder);
}
