// Exports of the link chart: SVG drawn from node positions (no extra library) and GEXF 1.3 for
// Gephi; PNG comes from cytoscape itself. Downloads go through a temporary object URL.
import type { Core } from 'cytoscape';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function chartSvg(cy: Core): string {
  const box = cy.elements(':visible').boundingBox({});
  const pad = 40;
  const w = Math.ceil(box.w + pad * 2);
  const h = Math.ceil(box.h + pad * 2);
  const x = (v: number) => (v - box.x1 + pad).toFixed(1);
  const y = (v: number) => (v - box.y1 + pad).toFixed(1);
  const edges = cy.edges(':visible').map((e) => {
    const s = e.source().position();
    const t = e.target().position();
    return `<line x1="${x(s.x)}" y1="${y(s.y)}" x2="${x(t.x)}" y2="${y(t.y)}" stroke="#8a93a6" stroke-width="1.2"><title>${esc(String(e.data('kind')))}</title></line>`;
  });
  const nodes = cy.nodes(':visible:childless').map((n) => {
    const p = n.position();
    const fill = String(n.style('background-color'));
    return `<g><circle cx="${x(p.x)}" cy="${y(p.y)}" r="12" fill="${esc(fill)}" stroke="#1c2330" stroke-width="0.8"/>`
      + `<text x="${x(p.x)}" y="${(Number(y(p.y)) + 26).toFixed(1)}" font-family="sans-serif" font-size="11" text-anchor="middle" fill="#1c2330">${esc(String(n.data('label') ?? ''))}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`
    + `<rect width="100%" height="100%" fill="#ffffff"/>${edges.join('')}${nodes.join('')}</svg>`;
}

export function chartGexf(cy: Core): string {
  const nodes = cy.nodes(':childless').map((n) =>
    `<node id="${esc(n.id())}" label="${esc(String(n.data('label') ?? n.id()))}"><attvalues><attvalue for="type" value="${esc(String(n.data('type') ?? ''))}"/></attvalues>`
    + `<viz:position x="${n.position().x.toFixed(1)}" y="${n.position().y.toFixed(1)}" z="0"/></node>`);
  const edges = cy.edges().map((e) =>
    `<edge id="${esc(e.id())}" source="${esc(e.source().id())}" target="${esc(e.target().id())}" label="${esc(String(e.data('kind')))}" weight="${Number(e.data('weight') ?? 1)}"/>`);
  return '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><meta><creator>Lantern</creator></meta>'
    + '<graph defaultedgetype="directed"><attributes class="node"><attribute id="type" title="type" type="string"/></attributes>'
    + `<nodes>${nodes.join('')}</nodes><edges>${edges.join('')}</edges></graph></gexf>`;
}

export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
