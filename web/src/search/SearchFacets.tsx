// Facets beside search results: entity type, outlet, event type, entity and published range, each
// value with its document count over the whole result set (the server's, capped and said so).
// Values are toggle buttons and dates are choices among the published months: no free-text inputs.
import type { FacetSummary } from '../api/workbench.ts';
import { NO_FILTER, type SearchFilter } from '../router/routes.ts';

interface Props { facets: FacetSummary; filter: SearchFilter; onChange(f: SearchFilter): void }
type ListKey = 'types' | 'outlets' | 'eventTypes' | 'entities';

const ENTITIES_SHOWN = 12;
// Beside the results the facets are open; on a phone they would push the results a screen down.
const WIDE_SCREEN = window.matchMedia('(min-width: 50rem)');
const chosen = (f: SearchFilter) => f.types.length + f.outlets.length + f.eventTypes.length + f.entities.length + (f.from ? 1 : 0) + (f.to ? 1 : 0);
const sorted = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export function SearchFacets({ facets, filter, onChange }: Props) {
  const toggle = (key: ListKey, value: string) => onChange({
    ...filter, [key]: filter[key].includes(value) ? filter[key].filter((v) => v !== value) : [...filter[key], value],
  });
  const group = (legend: string, key: ListKey, entries: [string, number][], label = (v: string) => v) => (
    entries.length > 0 && (
      <fieldset>
        <legend>{legend}</legend>
        {entries.map(([value, count]) => (
          <button key={value} type="button" class="facet-value" aria-pressed={filter[key].includes(value)} onClick={() => toggle(key, value)}>
            {label(value)} <span class="count">{count}</span>
          </button>
        ))}
      </fieldset>
    )
  );
  const names = new Map(facets.entities.map((e) => [e.id, e.name]));
  const entities: [string, number][] = facets.entities.slice(0, ENTITIES_SHOWN).map((e) => [e.id, e.count]);
  // A chosen entity stays visible (and can be unchosen) even when it drops out of the top.
  for (const id of filter.entities) if (!entities.some(([e]) => e === id)) entities.push([id, 0]);
  const months = Object.keys(facets.counts.published).sort();
  return (
    <aside class="facets" aria-label="Refine results">
      <details class="facet-drawer" open={WIDE_SCREEN.matches || chosen(filter) > 0 || undefined}>
      <summary>Refine results{chosen(filter) > 0 && ` (${chosen(filter)} chosen)`}</summary>
      <p class="facet-scope">
        {facets.capped
          ? `Counts and filters cover the best ${facets.cap.toLocaleString('en-US')} matches.`
          : `Counts cover all ${facets.counted.toLocaleString('en-US')} matches.`}
      </p>
      {group('Entity type', 'types', sorted(facets.counts.type))}
      {group('Outlet', 'outlets', sorted(facets.counts.outlet))}
      {group('Event type', 'eventTypes', sorted(facets.counts.eventType), (v) => v.replace(/_/g, ' '))}
      {group('Entity', 'entities', entities, (id) => names.get(id) ?? id)}
      <fieldset>
        <legend>Published</legend>
        <label>From <MonthSelect months={months} value={filter.from} onChange={(from) => onChange({ ...filter, from })} /></label>
        <label>To <MonthSelect months={months} value={filter.to} onChange={(to) => onChange({ ...filter, to })} /></label>
        {facets.undated > 0 && <p class="facet-note">{facets.undated.toLocaleString('en-US')} undated</p>}
      </fieldset>
      <button type="button" onClick={() => onChange(NO_FILTER)}>Clear filters</button>
      </details>
    </aside>
  );
}

function MonthSelect({ months, value, onChange }: { months: string[]; value: string; onChange(v: string): void }) {
  const shown = value && !months.includes(value) ? [value, ...months] : months;
  return (
    <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">any</option>
      {shown.map((m) => <option key={m} value={m}>{m}</option>)}
    </select>
  );
}
