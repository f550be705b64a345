// The top bar: the product name (home link) and a search box available on every page.
import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../router/use-route.ts';
import { searchHref } from '../router/routes.ts';

export function TopBar({ query }: { query: string }) {
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
      <form class="topbar-search" role="search" onSubmit={submit}>
        <label class="visually-hidden" for="q">Search documents</label>
        <input
          id="q" name="q" type="search" value={value} placeholder="Search reports — names, units, equipment…"
          autocomplete="off" spellcheck={false} onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit">Search</button>
      </form>
    </header>
  );
}
