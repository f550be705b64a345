// The workbench frame: skip link, top bar, and the page the hash route selects.
import { useEffect } from 'preact/hooks';
import { useRoute } from '../router/use-route.ts';
import { searchHref, type Route } from '../router/routes.ts';
import { SearchPage } from '../search/SearchPage.tsx';
import { DocumentPage } from '../reader/DocumentPage.tsx';
import { EntitiesPage } from '../entities/EntitiesPage.tsx';
import { EntityPage } from '../entities/EntityPage.tsx';
import { LedgerPage } from '../ledger/LedgerPage.tsx';
import { EventsPage } from '../timeline/EventsPage.tsx';
import { GraphPage } from '../graph/GraphPage.tsx';
import { MapPage } from '../map/MapPage.tsx';
import { ReviewPage } from '../review/ReviewPage.tsx';
import { TopBar, type Section } from './TopBar.tsx';
import { LoginGate } from '../auth/LoginGate.tsx';

export function App() {
  const route = useRoute();
  useEffect(() => {
    if (route.name === 'search') document.title = route.q ? `${route.q} — Lantern` : 'Lantern';
    if (route.name !== 'search' && route.name !== 'document') document.title = `${SECTION_TITLES[sectionOf(route)]} — Lantern`;
  }, [route]);
  return (
    <LoginGate>
      <a class="skip-link" href="#main" onClick={skipToMain}>Skip to content</a>
      <TopBar query={route.name === 'search' ? route.q : ''} section={sectionOf(route)} />
      <main id="main" tabIndex={-1}>
        {route.name === 'search' && <SearchPage q={route.q} offset={route.offset} filter={route.filter} />}
        {route.name === 'document' && <DocumentPage id={route.id} at={route.at} />}
        {route.name === 'entities' && <EntitiesPage q={route.q} type={route.type} offset={route.offset} />}
        {route.name === 'entity' && <EntityPage id={route.id} offset={route.offset} />}
        {route.name === 'events' && <EventsPage type={route.type} from={route.from} to={route.to} scale={route.scale} offset={route.offset} />}
        {route.name === 'ledger' && <LedgerPage item={route.item} status={route.status} offset={route.offset} />}
        {route.name === 'graph' && <GraphPage entity={route.entity} board={route.board} synthetic={route.synthetic} />}
        {route.name === 'map' && <MapPage />}
        {route.name === 'review' && <ReviewPage />}
        {route.name === 'not-found' && (
          <section class="page narrow">
            <h1>Page not found</h1>
            <p>Nothing lives at <code>{route.path}</code>. <a href={searchHref('')}>Back to search</a>.</p>
          </section>
        )}
      </main>
    </LoginGate>
  );
}

const SECTION_TITLES: Record<Section, string> = {
  documents: 'Documents', entities: 'Entities', events: 'Events', ledger: 'Ledger', graph: 'Link chart', map: 'Map', review: 'Review',
};

function sectionOf(route: Route): Section {
  if (route.name === 'entities' || route.name === 'entity') return 'entities';
  if (route.name === 'events' || route.name === 'ledger' || route.name === 'graph' || route.name === 'map' || route.name === 'review') return route.name;
  return 'documents';
}

/** The skip link must not change the hash (that is the router's); it only moves focus. */
function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
