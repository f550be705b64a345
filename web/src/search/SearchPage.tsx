// The home page: search results for the query in the hash, or recent documents when it is empty.
// Facets beside the results narrow the hits shown.
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { workbench } from '../api/workbench.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatCount } from '../shell/format.ts';
import { searchHref } from '../router/routes.ts';
import { RecentDocuments } from './RecentDocuments.tsx';
import { SearchResults } from './SearchResults.tsx';
import { EntityMatches } from './EntityMatches.tsx';
import { PAGE_SIZE, Pager } from './Pager.tsx';
import { facetMatches, NO_FACETS, SearchFacets, type FacetFilter } from './SearchFacets.tsx';

export function SearchPage({ q, offset }: { q: string; offset: number }) {
  if (!q) return <RecentDocuments offset={offset} />;
  return <SearchHits q={q} offset={offset} />;
}

function SearchHits({ q, offset }: { q: string; offset: number }) {
  const state = useApi(`search:${q}:${offset}`, (signal) => api.search(q, PAGE_SIZE, offset, signal));
  const facets = useApi(`facets:${q}`, (signal) => workbench.facets(q, signal));
  const [filter, setFilter] = useState<FacetFilter>(NO_FACETS);
  const filtering = filter !== NO_FACETS && JSON.stringify(filter) !== JSON.stringify(NO_FACETS);
  const allowed = facets.status === 'ready' && filtering
    ? new Set(facets.data.documents.filter((d) => facetMatches(d, filter)).map((d) => d.id)) : null;
  return (
    <section class="page search-page" aria-labelledby="results-heading">
      <h1 id="results-heading" class="page-title">
        Results for <q>{q}</q>
      </h1>
      <EntityMatches q={q} />
      {state.status === 'loading' && <Loading what="results" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      <div class="search-layout">
      {facets.status === 'ready' && facets.data.documents.length > 0 ? <SearchFacets facets={facets.data} filter={filter} onChange={setFilter} /> : <div />}
      <div>
      {state.status === 'ready' && (
        <>
          <p class="result-count" role="status">
            {formatCount(state.data.total, 'document')} match
            {state.data.total === 1 ? 'es' : ''}
            {allowed && `; ${formatCount(allowed.size, 'document')} after filters`}
          </p>
          {state.data.total === 0 ? (
            <p class="empty">No document mentions <q>{q}</q>. Try another spelling or fewer words.</p>
          ) : (
            <SearchResults hits={allowed ? state.data.items.filter((h) => allowed.has(h.documentId)) : state.data.items} />
          )}
          <Pager total={state.data.total} limit={state.data.limit} offset={state.data.offset} href={(o) => searchHref(q, o)} />
        </>
      )}
      </div>
      </div>
    </section>
  );
}
