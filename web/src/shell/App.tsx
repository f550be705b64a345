// The workbench frame: skip link, top bar, and the page the hash route selects.
import { useEffect } from 'preact/hooks';
import { useRoute } from '../router/use-route.ts';
import { searchHref } from '../router/routes.ts';
import { SearchPage } from '../search/SearchPage.tsx';
import { DocumentPage } from '../reader/DocumentPage.tsx';
import { EntitiesPage } from '../entities/EntitiesPage.tsx';
import { EntityPage } from '../entities/EntityPage.tsx';
import { TopBar } from './TopBar.tsx';

export function App() {
  const route = useRoute();
  useEffect(() => {
    if (route.name === 'search') document.title = route.q ? `${route.q} — Lantern` : 'Lantern';
    if (route.name === 'entities' || route.name === 'entity') document.title = 'Entities — Lantern';
  }, [route]);
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>Skip to content</a>
      <TopBar query={route.name === 'search' ? route.q : ''} section={route.name === 'entities' || route.name === 'entity' ? 'entities' : 'documents'} />
      <main id="main" tabIndex={-1}>
        {route.name === 'search' && <SearchPage q={route.q} offset={route.offset} />}
        {route.name === 'document' && <DocumentPage id={route.id} at={route.at} />}
        {route.name === 'entities' && <EntitiesPage q={route.q} type={route.type} offset={route.offset} />}
        {route.name === 'entity' && <EntityPage id={route.id} offset={route.offset} />}
        {route.name === 'not-found' && (
          <section class="page narrow">
            <h1>Page not found</h1>
            <p>Nothing lives at <code>{route.path}</code>. <a href={searchHref('')}>Back to search</a>.</p>
          </section>
        )}
      </main>
    </>
  );
}

/** The skip link must not change the hash (that is the router's); it only moves focus. */
function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
