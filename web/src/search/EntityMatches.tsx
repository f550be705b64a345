// Beside search results: entities whose name or alias contains the query, as links to their
// pages. Nothing is shown when none match or the lookup fails; the results are what matter.
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ENTITY_TYPE_LABELS } from '../reader/entity-types.ts';
import { entitiesHref, entityHref } from '../router/routes.ts';

const SHOWN = 8;

export function EntityMatches({ q }: { q: string }) {
  const state = useApi(`entity-matches:${q}`, (signal) => api.entities({ q, type: '' }, SHOWN, 0, signal));
  if (state.status !== 'ready' || state.data.total === 0) return null;
  const { items, total } = state.data;
  return (
    <nav class="entity-matches" aria-label="Matching entities">
      <span class="legend-label">Entities</span>
      {items.map((e) => (
        <a key={e.id} class={`entity-chip ent-${e.type}`} href={entityHref(e.id)} title={`${ENTITY_TYPE_LABELS[e.type].one} · ${e.documentCount} documents`}>
          <span class="swatch" aria-hidden="true" />
          {e.name}
          <span class="count">{e.mentionCount}</span>
        </a>
      ))}
      {total > SHOWN && <a href={entitiesHref(q)}>all {total} →</a>}
    </nav>
  );
}
