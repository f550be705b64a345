// The list of search hits: title, publication and date, and the marked snippet.
import type { SearchHit } from '../api/types.ts';
import { documentHref } from '../router/routes.ts';
import { DocumentTitle } from '../shell/DocumentTitle.tsx';
import { publicationLine } from '../shell/format.ts';
import { Snippet } from './Snippet.tsx';

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol class="results">
      {hits.map((hit) => (
        <li key={hit.documentId} class="result">
          <h2 class="result-title">
            <a href={documentHref(hit.documentId)}><DocumentTitle title={hit.title} id={hit.documentId} /></a>
          </h2>
          <p class="meta">
            {publicationLine(hit)}
            <span class="doc-id">{hit.documentId}</span>
          </p>
          <Snippet text={hit.snippet} />
        </li>
      ))}
    </ol>
  );
}
