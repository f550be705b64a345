// Facets beside search results: entity type, outlet, event type, entity and date range, each
// value with its document count; pressing values narrows the hits to documents having them all.
// Values are toggle buttons and dates are choices among the published months: no free-text inputs.
import type { Facets, DocumentFacets } from '../api/workbench.ts';

export interface FacetFilter { types: string[]; outlets: string[]; eventTypes: string[]; entities: string[]; from: string; to: string }
export const NO_FACETS: FacetFilter = { types: [], outlets: [], eventTypes: [], entities: [], from: '', to: '' };

export function facetMatches(d: DocumentFacets, f: FacetFilter): boolean {
  const date = d.published ?? '';
  return f.types.every((t) => d.entityTypes.includes(t as DocumentFacets['entityTypes'][number]))
    && (f.outlets.length === 0 || f.outlets.includes(d.publication ?? 'Unknown outlet'))
    && f.eventTypes.every((t) => d.eventTypes.includes(t as DocumentFacets['eventTypes'][number]))
    && f.entities.every((id) => d.entities.some((e) => e.id === id))
    && (!f.from || (date !== '' && date.slice(0, f.from.length) >= f.from.slice(0, date.length)))
    && (!f.to || (date !== '' && date.slice(0, f.to.length) <= f.to.slice(0, date.length)));
}

interface Props { facets: Facets; filter: FacetFilter; onChange(f: FacetFilter): void }

export function SearchFacets({ facets, filter, onChange }: Props) {
  const names = new Map(facets.documents.flatMap((d) => d.entities.map((e) => [e.id, e.name] as const)));
  const topEntities = Object.entries(facets.counts.entity).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  const group = (legend: string, key: 'types' | 'outlets' | 'eventTypes' | 'entities', entries: [string, number][], label = (v: string) => v) => (
    entries.length > 0 && (
      <fieldset>
        <legend>{legend}</legend>
        {entries.map(([value, count]) => (
          <button
            key={value} type="button" class="facet-value" aria-pressed={filter[key].includes(value)}
            onClick={() => onChange({ ...filter, [key]: filter[key].includes(value) ? filter[key].filter((v) => v !== value) : [...filter[key], value] })}
          >
            {label(value)} <span class="count">{count}</span>
          </button>
        ))}
      </fieldset>
    )
  );
  const months = [...new Set(facets.documents.map((d) => d.published?.slice(0, 7)).filter((m): m is string => !!m))].sort();
  const sorted = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <aside class="facets" aria-label="Refine results">
      {group('Entity type', 'types', sorted(facets.counts.type))}
      {group('Outlet', 'outlets', sorted(facets.counts.outlet))}
      {group('Event type', 'eventTypes', sorted(facets.counts.eventType), (v) => v.replace(/_/g, ' '))}
      {group('Entity', 'entities', topEntities, (id) => names.get(id) ?? id)}
      <fieldset>
        <legend>Published</legend>
        <label>From <MonthSelect months={months} value={filter.from} onChange={(from) => onChange({ ...filter, from })} /></label>
        <label>To <MonthSelect months={months} value={filter.to} onChange={(to) => onChange({ ...filter, to })} /></label>
      </fieldset>
      <button type="button" onClick={() => onChange(NO_FACETS)}>Clear filters</button>
    </aside>
  );
}

function MonthSelect({ months, value, onChange }: { months: string[]; value: string; onChange(v: string): void }) {
  return (
    <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">any</option>
      {months.map((m) => <option key={m} value={m}>{m}</option>)}
    </select>
  );
}
