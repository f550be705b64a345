// The top bar: the product name (home link), the sections, and a search box on every page.
import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../router/use-route.ts';
import { UserMenu } from '../auth/UserMenu.tsx';
import { entitiesHref, eventsHref, graphHref, ledgerHref, searchHref } from '../router/routes.ts';

export type Section = 'documents' | 'entities' | 'events' | 'ledger' | 'graph' | 'map' | 'review';

export function TopBar({ query, section }: { query: string; section: Section }) {
  const [value, setValue] = useState(query);
  useEffect(() => setValue(query), [query]);
  const submit = (event: Event) => {
    event.preventDefault();
    navigate(searchHref(value.trim()));
  };
  return (
    <header class="topbar">
      <a class="brand" href="#/" aria-label="Lantern home">
        <span class="brand-mark" aria-hidden="true" />
        Lantern
      </a>
      <nav class="topbar-nav" aria-label="Sections">
        <a href={searchHref('')} aria-current={section === 'documents' ? 'page' : undefined}>Documents</a>
        <a href={entitiesHref()} aria-current={section === 'entities' ? 'page' : undefined}>Entities</a>
        <a href={eventsHref({})} aria-current={section === 'events' ? 'page' : undefined}>Events</a>
        <a href={ledgerHref({})} aria-current={section === 'ledger' ? 'page' : undefined}>Ledger</a>
        <a href={graphHref({})} aria-current={section === 'graph' ? 'page' : undefined}>Link chart</a>
        <a href="#/map" aria-current={section === 'map' ? 'page' : undefined}>Map</a>
        <a href="#/review" aria-current={section === 'review' ? 'page' : undefined}>Review</a>
      </nav>
      <form class="topbar-search" role="search" onSubmit={submit}>
        <label class="visually-hidden" for="q">Search documents</label>
        <input
          id="q" name="q" type="search" value={value} placeholder="Search reports — names, units, equipment…"
          autocomplete="off" spellcheck={false} onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit">Search</button>
      </form>
      <UserMenu />
    </header>
  );
}
