// The home page: search results for the query in the hash, or recent documents when it is empty.
// Facets beside the results narrow the hits on the server, so paging stays within the narrowed set.
import { workbench } from '../api/workbench.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatCount } from '../shell/format.ts';
import { filterParams, searchHref, type SearchFilter } from '../router/routes.ts';
import { navigate } from '../router/use-route.ts';
import { RecentDocuments } from './RecentDocuments.tsx';
import { SearchResults } from './SearchResults.tsx';
import { EntityMatches } from './EntityMatches.tsx';
import { PAGE_SIZE, Pager } from './Pager.tsx';
import { SearchFacets } from './SearchFacets.tsx';

export function SearchPage({ q, offset, filter }: { q: string; offset: number; filter: SearchFilter }) {
  if (!q) return <RecentDocuments offset={offset} />;
  return <SearchHits q={q} offset={offset} filter={filter} />;
}

function SearchHits({ q, offset, filter }: { q: string; offset: number; filter: SearchFilter }) {
  const params = filterParams(filter);
  const state = useApi(`search:${q}:${offset}:${JSON.stringify(params)}`, (signal) => workbench.search(q, params, PAGE_SIZE, offset, signal));
  const filtering = params.length > 0;
  return (
    <section class="page search-page" aria-labelledby="results-heading">
      <h1 id="results-heading" class="page-title">
        Results for <q>{q}</q>
      </h1>
      <EntityMatches q={q} />
      {state.status === 'loading' && <Loading what="results" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && (
        <div class="search-layout">
          {state.data.facets.counted > 0 || filtering
            ? <SearchFacets facets={state.data.facets} filter={filter} onChange={(f) => navigate(searchHref(q, 0, f))} />
            : <div />}
          <div>
            <p class="result-count" role="status">
              {state.data.totalIsEstimate ? `${state.data.total.toLocaleString('en-US')}+ documents` : formatCount(state.data.total, 'document')} match{state.data.total === 1 ? 'es' : ''}
              {filtering && ' the filters'}
            </p>
            {state.data.total === 0 ? (
              <p class="empty">
                {filtering ? <>No document matching <q>{q}</q> has every value chosen. <a href={searchHref(q)}>Clear the filters</a>.</>
                  : <>No document mentions <q>{q}</q>. Try another spelling or fewer words.</>}
              </p>
            ) : (
              <SearchResults hits={state.data.items} />
            )}
            <Pager total={state.data.total} limit={state.data.limit} offset={state.data.offset} href={(o) => searchHref(q, o, filter)} />
          </div>
        </div>
      )}
    </section>
  );
}
