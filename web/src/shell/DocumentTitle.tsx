// A document's title as people read it: sentence case for shouted titles, and an explicit
// "Untitled" with the id when the source gave no title.
import { displayTitle } from './format.ts';

export function DocumentTitle({ title, id }: { title: string | null; id: string }) {
  if (title) return <>{displayTitle(title, id)}</>;
  return <><span class="untitled">Untitled</span> <span class="doc-id">{id}</span></>;
}
