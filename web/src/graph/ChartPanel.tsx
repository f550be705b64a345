// Side panel of the link chart: the selected entity (expand, pin, hide, group, annotate) or the
// selected link with its provenance — each document, the span to open in the reader, the cited sources.
import { useEffect, useState } from 'preact/hooks';
import type { Core, NodeSingular } from 'cytoscape';
import type { Provenance } from '../api/workbench.ts';
import { documentHref, entityHref } from '../router/routes.ts';
import { formatDate } from '../shell/format.ts';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

interface Props { cy: Core; selection: Selection; onExpand(id: string): void; onClose(): void; onSelect(s: Selection): void }

export function ChartPanel({ cy, selection, onExpand, onClose, onSelect }: Props) {
  const [, bump] = useState(0);
  const refresh = () => bump((n) => n + 1);
  if (!selection) return <ChartIndex cy={cy} onSelect={onSelect} />;
  const el = cy.getElementById(selection.id);
  if (el.empty()) return null;
  if (selection.kind === 'edge') {
    const prov = (el.data('provenance') ?? []) as Provenance[];
    return (
      <aside class="chart-panel" aria-label="Selected link">
        <h2>{el.source().data('label')} <span aria-hidden="true">→</span> {el.target().data('label')}</h2>
        <p><span class="tag">{el.data('kind')}</span> {el.data('label') ?? ''}</p>
        <h3>Provenance ({prov.length})</h3>
        <ol class="provenance">
          {prov.map((p, i) => (
            <li key={i}>
              <a href={documentHref(p.document, p.spans[0]?.[0])}>{p.document}</a>
              {p.date && <> · {formatDate(p.date)}</>}
              {p.sources.length > 0 && <div class="muted">Cited: {p.sources.join(', ')}</div>}
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => { el.addClass('hidden'); onClose(); }}>Hide link</button>
      </aside>
    );
  }
  return <NodePanel cy={cy} id={selection.id} onExpand={onExpand} onClose={onClose} refresh={refresh} />;
}

/** Without a selection: the chart's entities by number of links, as buttons, so the keyboard reaches them. */
function ChartIndex({ cy, onSelect }: { cy: Core; onSelect(s: Selection): void }) {
  const nodes = (cy.nodes(':childless:visible').toArray() as NodeSingular[]).sort((a, b) => b.degree(false) - a.degree(false)).slice(0, 40);
  return (
    <aside class="chart-panel" aria-label="Entities on the chart">
      {nodes.length === 0 ? <p class="muted">Start from an entity: find one by name above, or open a saved board.</p> : (
        <>
          <h2>On the chart</h2>
          <p class="muted">Select an entity or a link; a link's provenance says which documents state it.</p>
          <ul class="chart-index">
            {nodes.map((n) => (
              <li key={n.id()}>
                <button type="button" class="link-button" onClick={() => { cy.elements().unselect(); n.select(); onSelect({ kind: 'node', id: n.id() }); }}>
                  {String(n.data('name'))}
                </button>
                <span class="count">{n.degree(false)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

function NodePanel({ cy, id, onExpand, onClose, refresh }: { cy: Core; id: string; onExpand(id: string): void; onClose(): void; refresh(): void }) {
  const node = cy.getElementById(id);
  const [note, setNote] = useState(String(node.data('note') ?? ''));
  const [group, setGroup] = useState('');
  useEffect(() => setNote(String(node.data('note') ?? '')), [id]);
  const pinned = Boolean(node.data('pinned'));
  const togglePin = () => { node.data('pinned', !pinned); if (pinned) node.unlock(); else node.lock(); refresh(); };
  const saveNote = (e: Event) => {
    e.preventDefault();
    if (note.trim()) node.data('note', note.trim()); else node.removeData('note');
    node.data('label', note.trim() ? `${String(node.data('name'))} ✎` : node.data('name'));
    refresh();
  };
  const makeGroup = (e: Event) => {
    e.preventDefault();
    const members = cy.nodes(':selected').union(node).not(':parent');
    const gid = `group:${group.trim().toLowerCase().replace(/\s+/g, '-')}`;
    if (cy.getElementById(gid).empty()) cy.add({ group: 'nodes', data: { id: gid, label: group.trim(), name: group.trim(), type: 'group-box' } });
    members.move({ parent: gid });
    setGroup('');
    refresh();
  };
  return (
    <aside class="chart-panel" aria-label="Selected entity">
      <h2>{String(node.data('name'))}</h2>
      <p><span class="tag">{String(node.data('type'))}</span> {node.degree(false)} links on the chart</p>
      <p><a href={entityHref(id)}>Open profile</a></p>
      <div class="button-row">
        <button type="button" onClick={() => onExpand(id)}>Expand neighbours</button>
        <button type="button" aria-pressed={pinned} onClick={togglePin}>{pinned ? 'Unpin' : 'Pin'}</button>
        <button type="button" onClick={() => { node.addClass('hidden'); onClose(); }}>Hide</button>
      </div>
      <form onSubmit={saveNote} class="stack">
        <label for="node-note">Note</label>
        <textarea id="node-note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit">Save note</button>
      </form>
      <form onSubmit={makeGroup} class="stack">
        <label for="node-group">Group with selected (shift-click to select several)</label>
        <input id="node-group" value={group} placeholder="Group name" onInput={(e) => setGroup(e.currentTarget.value)} />
        <button type="submit" disabled={!group.trim()}>Group</button>
      </form>
    </aside>
  );
}
