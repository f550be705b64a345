// Entities across all documents: filter by name and type, sorted by how often they are mentioned.
import { useEffect, useState } from 'preact/hooks';
import { workbench } from '../api/workbench.ts';
import { useApi } from '../api/use-api.ts';
import { ENTITY_TYPE_LABELS, ENTITY_TYPE_ORDER } from '../reader/entity-types.ts';
import { entitiesHref, entityHref } from '../router/routes.ts';
import { navigate } from '../router/use-route.ts';
import { PAGE_SIZE, Pager } from '../search/Pager.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatCount } from '../shell/format.ts';

export function EntitiesPage({ q, type, offset }: { q: string; type: string; offset: number }) {
  const state = useApi(`entities:${q}:${type}:${offset}`, (signal) => workbench.correctedEntities({ q, type }, PAGE_SIZE, offset, signal));
  // Served with the review decisions applied: rejected hidden, renamed renamed, merged as one.
  return (
    <section class="page" aria-labelledby="entities-page-heading">
      <h1 id="entities-page-heading" class="page-title">Entities</h1>
      <EntityFilter q={q} type={type} />
      {state.status === 'loading' && <Loading what="entities" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && (
        <>
          <p class="result-count" role="status">{formatCount(state.data.total, 'entity', 'entities')}</p>
          {state.data.total > 0 && (
            <table class="doc-table">
              <thead>
                <tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Also written</th><th scope="col" class="num">Documents</th><th scope="col" class="num">Mentions</th></tr>
              </thead>
              <tbody>
                {state.data.items.map((e) => (
                  <tr key={e.id}>
                    <td><a href={entityHref(e.id)}>{e.name}</a></td>
                    <td class="nowrap"><span class={`type-cell ent-${e.type}`}><span class="swatch" aria-hidden="true" />{ENTITY_TYPE_LABELS[e.type].one}</span></td>
                    <td class="aliases">{e.aliases.join(', ')}</td>
                    <td class="num">{e.documentCount}</td>
                    <td class="num">{e.mentionCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager total={state.data.total} limit={state.data.limit} offset={state.data.offset} href={(o) => entitiesHref(q, type, o)} />
        </>
      )}
    </section>
  );
}

function EntityFilter({ q, type }: { q: string; type: string }) {
  const [name, setName] = useState(q);
  useEffect(() => setName(q), [q]);
  const submit = (event: Event) => {
    event.preventDefault();
    navigate(entitiesHref(name.trim(), type));
  };
  return (
    <form class="filter-bar" onSubmit={submit}>
      <label for="entity-q">Name</label>
      <input id="entity-q" type="search" value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="e.g. Nazarbayev" />
      <label for="entity-type">Type</label>
      <select id="entity-type" value={type} onChange={(e) => navigate(entitiesHref(name.trim(), e.currentTarget.value))}>
        <option value="">All types</option>
        {ENTITY_TYPE_ORDER.map((t) => <option key={t} value={t}>{ENTITY_TYPE_LABELS[t].many}</option>)}
      </select>
      <button type="submit">Filter</button>
    </form>
  );
}
