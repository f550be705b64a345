// The map's side panel: places by how many documents name them, narrowed by a name filter and
// shown a page at a time (a large corpus has hundreds); a place's documents and events, capped.
import { useState } from 'preact/hooks';
import type { MapPlace } from '../api/workbench.ts';
import { documentHref, entityHref, eventsHref, searchHref } from '../router/routes.ts';
import { formatDate } from '../shell/format.ts';

const STEP = 40;
const DETAIL_SHOWN = 15;

export function PlaceList({ places, onChoose }: { places: MapPlace[]; onChoose(p: MapPlace): void }) {
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(STEP);
  const needle = filter.trim().toLowerCase();
  const sorted = places.filter((p) => p.name.toLowerCase().includes(needle))
    .sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name));
  return (
    <>
      <label class="place-filter">Find a place <input type="search" value={filter} onInput={(e) => { setFilter(e.currentTarget.value); setShown(STEP); }} /></label>
      <p class="muted" aria-live="polite">{needle ? `${sorted.length} of ${places.length} places` : `${places.length} places, most mentioned first`}</p>
      <ul class="place-list">
        {sorted.slice(0, shown).map((p) => (
          <li key={p.id}>
            <button type="button" class="link-button" onClick={() => onChoose(p)}>{p.name}</button>
            <span class="muted"> {p.documents.length} doc · {p.events.length} events</span>
          </li>
        ))}
      </ul>
      {sorted.length > shown && (
        <button type="button" onClick={() => setShown(shown + STEP)}>Show {Math.min(STEP, sorted.length - shown)} more of {sorted.length - shown}</button>
      )}
    </>
  );
}

export function PlaceDetail({ place }: { place: MapPlace }) {
  return (
    <article class="place-detail">
      <h2><a href={entityHref(place.id)}>{place.name}</a> {place.country && <small class="muted">{place.country}</small>}</h2>
      <h3>Documents <span class="count">{place.documents.length}</span></h3>
      <ul>{place.documents.slice(0, DETAIL_SHOWN).map((d) => <li key={d.id}><a href={documentHref(d.id)}>{d.title ?? d.id}</a></li>)}</ul>
      {place.documents.length > DETAIL_SHOWN && <p><a href={entityHref(place.id)}>All {place.documents.length} documents on its page →</a></p>}
      {place.events.length > 0 && (
        <>
          <h3>Events here <span class="count">{place.events.length}</span></h3>
          <ul>
            {place.events.slice(0, DETAIL_SHOWN).map((e) => (
              <li key={e.id}>
                <a href={eventsHref({ type: e.type })} class="tag">{e.type}</a> {formatDate(e.date)} — <a href={documentHref(e.documentId)}>{e.summary}</a>
              </li>
            ))}
          </ul>
          {place.events.length > DETAIL_SHOWN && <p><a href={searchHref(place.name)}>Search the reports for {place.name} →</a></p>}
        </>
      )}
    </article>
  );
}
