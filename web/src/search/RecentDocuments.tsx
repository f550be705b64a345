// What the home page shows before any search: the stored documents, most recent first.
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { documentHref, searchHref } from '../router/routes.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { DocumentTitle } from '../shell/DocumentTitle.tsx';
import { formatCount, formatDate } from '../shell/format.ts';
import { LibraryStats } from './LibraryStats.tsx';
import { PAGE_SIZE, Pager } from './Pager.tsx';

export function RecentDocuments({ offset }: { offset: number }) {
  const state = useApi(`documents:${offset}`, (signal) => api.documents(PAGE_SIZE, offset, signal));
  return (
    <section class="page" aria-labelledby="recent-heading">
      <h1 id="recent-heading" class="page-title">Recent documents</h1>
      {state.status === 'loading' && <Loading what="documents" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && state.data.total === 0 && (
        <p class="empty">No documents yet. Ingest some with <code>npx lantern ingest PATH</code>.</p>
      )}
      {state.status === 'ready' && state.data.total > 0 && (
        <>
          <p class="result-count">{formatCount(state.data.total, 'document')} in the library</p>
          <LibraryStats />
          <table class="doc-table">
            <thead>
              <tr><th scope="col">Title</th><th scope="col">Publication</th><th scope="col">Published</th><th scope="col" class="num">Entities</th></tr>
            </thead>
            <tbody>
              {state.data.items.map((doc) => (
                <tr key={doc.id}>
                  <td><a href={documentHref(doc.id)}><DocumentTitle title={doc.title} id={doc.id} /></a></td>
                  <td>{doc.publication ?? '—'}</td>
                  <td class="nowrap">{formatDate(doc.published) || '—'}</td>
                  <td class="num">{doc.entityCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={state.data.total} limit={state.data.limit} offset={state.data.offset} href={(o) => searchHref('', o)} />
        </>
      )}
    </section>
  );
}
