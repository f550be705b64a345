// The home page: search results for the query in the hash, or recent documents when it is empty.
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatCount } from '../shell/format.ts';
import { searchHref } from '../router/routes.ts';
import { RecentDocuments } from './RecentDocuments.tsx';
import { SearchResults } from './SearchResults.tsx';
import { EntityMatches } from './EntityMatches.tsx';
import { PAGE_SIZE, Pager } from './Pager.tsx';

export function SearchPage({ q, offset }: { q: string; offset: number }) {
  if (!q) return <RecentDocuments offset={offset} />;
  return <SearchHits q={q} offset={offset} />;
}

function SearchHits({ q, offset }: { q: string; offset: number }) {
  const state = useApi(`search:${q}:${offset}`, (signal) => api.search(q, PAGE_SIZE, offset, signal));
  return (
    <section class="page" aria-labelledby="results-heading">
      <h1 id="results-heading" class="page-title">
        Results for <q>{q}</q>
      </h1>
      <EntityMatches q={q} />
      {state.status === 'loading' && <Loading what="results" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && (
        <>
          <p class="result-count" role="status">
            {formatCount(state.data.total, 'document')} match
            {state.data.total === 1 ? 'es' : ''}
          </p>
          {state.data.total === 0 ? (
            <p class="empty">No document mentions <q>{q}</q>. Try another spelling or fewer words.</p>
          ) : (
            <SearchResults hits={state.data.items} />
          )}
          <Pager total={state.data.total} limit={state.data.limit} offset={state.data.offset} href={(o) => searchHref(q, o)} />
        </>
      )}
    </section>
  );
}
