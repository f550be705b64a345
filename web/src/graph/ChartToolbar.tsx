// Link chart controls: start entity lookup, date and relation filters, boards (save, open,
// delete) and exports. Every control is a labelled form element reachable by keyboard.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { EntitySummary } from '../api/types.ts';
import type { BoardInfo, RelationKind } from '../api/workbench.ts';
import { KIND_COLOURS } from './chart-style.ts';

export interface ChartFilter { from: string; to: string; kinds: string[] }
const KINDS: readonly RelationKind[] = ['holds-role', 'part-of', 'located-in', 'transferred-to', 'cites', 'co-occurs'];

interface Props {
  filter: ChartFilter;
  boards: BoardInfo[];
  counts: { nodes: number; edges: number; hidden: number };
  onStart(id: string): void;
  onFilter(f: ChartFilter): void;
  onSave(name: string): void;
  onOpen(id: string): void;
  onDelete(id: string): void;
  onExport(format: 'png' | 'svg' | 'gexf'): void;
  onShowHidden(): void;
}

export function ChartToolbar(p: Props) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<EntitySummary[] | null>(null);
  const [from, setFrom] = useState(p.filter.from);
  const [to, setTo] = useState(p.filter.to);
  const [kinds, setKinds] = useState<string[]>(p.filter.kinds);
  const [name, setName] = useState('');
  const [board, setBoard] = useState('');
  // An opened board brings its own filter; show it.
  useEffect(() => { setFrom(p.filter.from); setTo(p.filter.to); setKinds(p.filter.kinds); }, [p.filter]);
  const lookup = async (e: Event) => {
    e.preventDefault();
    setFound((await api.entities({ q: q.trim(), type: '' }, 8, 0)).items);
  };
  const toggle = (k: string) => setKinds((ks) => (ks.includes(k) ? ks.filter((x) => x !== k) : [...ks, k]));
  return (
    <div class="chart-toolbar">
      <form class="chart-group" onSubmit={lookup} role="search" aria-label="Start from an entity">
        <label for="chart-q">Start from</label>
        <input id="chart-q" type="search" value={q} placeholder="Entity name…" onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit">Find</button>
        {found && (
          <ul class="chart-found" aria-label="Matching entities">
            {found.length === 0 && <li>No entity matches.</li>}
            {found.map((e) => (
              <li key={e.id}><button type="button" class="link-button" onClick={() => { setFound(null); p.onStart(e.id); }}>{e.name} <small>{e.type}</small></button></li>
            ))}
          </ul>
        )}
      </form>
      <form class="chart-group" onSubmit={(e) => { e.preventDefault(); p.onFilter({ from, to, kinds }); }} aria-label="Filter links">
        <label for="chart-from">From</label>
        <input id="chart-from" size={10} placeholder="YYYY-MM" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        <label for="chart-to">to</label>
        <input id="chart-to" size={10} placeholder="YYYY-MM" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        <fieldset class="chart-kinds">
          <legend class="visually-hidden">Relation kinds</legend>
          {KINDS.map((k) => (
            <label key={k} class="kind-chip">
              <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggle(k)} />
              <span class="swatch" style={{ background: KIND_COLOURS[k] }} aria-hidden="true" />{k}
            </label>
          ))}
        </fieldset>
        <button type="submit">Apply</button>
      </form>
      <div class="chart-group">
        <form class="inline" onSubmit={(e) => { e.preventDefault(); if (name.trim()) p.onSave(name.trim()); }}>
          <label for="board-name">Board</label>
          <input id="board-name" value={name} placeholder="Board name" onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit">Save</button>
        </form>
        <label for="board-open" class="visually-hidden">Saved boards</label>
        <select id="board-open" value={board} onChange={(e) => setBoard(e.currentTarget.value)}>
          <option value="">Saved boards ({p.boards.length})</option>
          {p.boards.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
        </select>
        <button type="button" disabled={!board} onClick={() => p.onOpen(board)}>Open</button>
        <button type="button" disabled={!board} onClick={() => { p.onDelete(board); setBoard(''); }}>Delete</button>
      </div>
      <div class="chart-group">
        <span class="chart-counts">{p.counts.nodes} entities · {p.counts.edges} links</span>
        {p.counts.hidden > 0 && <button type="button" onClick={p.onShowHidden}>Show {p.counts.hidden} hidden</button>}
        <button type="button" onClick={() => p.onExport('png')}>PNG</button>
        <button type="button" onClick={() => p.onExport('svg')}>SVG</button>
        <button type="button" onClick={() => p.onExport('gexf')}>GEXF</button>
      </div>
    </div>
  );
}
