// The entity profile's analysis panels: roles over time, a dated timeline of what the corpus says
// about the entity (mentions by document date, roles, transfers, events), co-occurring entities, transfers in and out, events; "open in link chart".
import { getJson } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { EventRow, Page } from '../api/types.ts';
import { workbench, type ChartEdge, type ChartGraph } from '../api/workbench.ts';
import { documentHref, entityHref, graphHref } from '../router/routes.ts';
import { formatDate } from '../shell/format.ts';

interface Dated { date: string | null; text: string; href: string; kind: string }

const firstDate = (e: ChartEdge) => e.provenance.map((p) => p.date).filter((d): d is string => d !== null).sort()[0] ?? null;

export function EntityProfile({ id }: { id: string }) {
  const graph = useApi(`profile-graph:${id}`, (signal) => workbench.neighbors(id, {}, signal));
  const events = useApi(`profile-events:${id}`, (signal) => getJson<Page<EventRow>>(`/api/events?entity=${encodeURIComponent(id)}&limit=100`, signal));
  // Only the documents naming this entity travel: a whole corpus's facets are megabytes at 10k documents.
  const corpus = useApi(`profile-facets:${id}`, (signal) => workbench.facets('', signal, id));
  if (graph.status !== 'ready') return null;
  const g: ChartGraph = graph.data;
  const name = (nid: string) => g.nodes.find((n) => n.id === nid)?.name ?? nid;
  const other = (e: ChartEdge) => (e.from === id ? e.to : e.from);
  const roles = g.edges.filter((e) => e.kind === 'holds-role' && e.from === id);
  const co = coOccurring(g.edges.filter((e) => e.kind === 'co-occurs'), other);
  const transfers = g.edges.filter((e) => e.kind === 'transferred-to');
  const evs = events.status === 'ready' ? events.data.items : [];
  const docs = corpus.status === 'ready' ? corpus.data.documents.filter((d) => d.entities.some((e) => e.id === id)) : [];
  const timeline: Dated[] = [
    ...docs.map((d) => ({ date: d.published, text: d.title ?? d.id, href: documentHref(d.id), kind: 'mentioned' })),
    ...roles.map((e) => ({ date: firstDate(e), text: `${e.label ?? 'role'} — ${name(e.to)}`, href: documentHref(e.provenance[0]?.document ?? '', e.provenance[0]?.spans[0]?.[0]), kind: 'role' })),
    ...transfers.map((e) => ({ date: firstDate(e), text: `${e.from === id ? 'supplied' : 'received'} ${e.label ?? ''} ${e.from === id ? 'to' : 'from'} ${name(other(e))}`, href: documentHref(e.provenance[0]?.document ?? '', e.provenance[0]?.spans[0]?.[0]), kind: 'transfer' })),
    ...evs.map((e) => ({ date: e.date, text: e.summary, href: documentHref(e.documentId, e.span[0]), kind: e.type.replace(/_/g, ' ') })),
  ].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return (
    <div class="profile-grid">
      <section class="panel" aria-labelledby="profile-timeline">
        <h2 id="profile-timeline" class="section-title">Timeline</h2>
        {timeline.length === 0 ? <p class="muted">No dated roles, transfers or events.</p> : (
          <ol class="profile-timeline">
            {timeline.map((t, i) => <li key={i}><span class="event-date">{t.date ? formatDate(t.date) : 'undated'}</span> <span class="tag">{t.kind}</span> <a href={t.href}>{t.text}</a></li>)}
          </ol>
        )}
      </section>
      <section class="panel" aria-labelledby="profile-co">
        <h2 id="profile-co" class="section-title">Co-occurring entities</h2>
        <ul class="profile-list">
          {co.map(([oid, n]) => <li key={oid}><a href={entityHref(oid)}>{name(oid)}</a> <span class="count" title="passages naming both">{n}</span></li>)}
        </ul>
        <p><a href={graphHref({ entity: id })}>Open in link chart →</a></p>
      </section>
      {(roles.length > 0 || transfers.length > 0) && (
        <section class="panel" aria-labelledby="profile-links">
          <h2 id="profile-links" class="section-title">Roles and transfers</h2>
          <ul class="profile-list">
            {roles.map((e) => <li key={e.id}>{e.label} at <a href={entityHref(e.to)}>{name(e.to)}</a></li>)}
            {transfers.map((e) => (
              <li key={e.id}>{e.from === id ? 'Out →' : 'In ←'} <a href={entityHref(other(e))}>{name(other(e))}</a>: {e.label}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Sentence and paragraph co-occurrence with the same entity count together; strongest first. */
function coOccurring(edges: ChartEdge[], other: (e: ChartEdge) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of edges) counts.set(other(e), (counts.get(other(e)) ?? 0) + e.provenance.length);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12);
}
