// Follows location.hash; after each navigation, focus moves to the page's main heading so
// keyboard and screen-reader users land where the new content starts.
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './routes.ts';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(href: string): void {
  if (location.hash !== href) location.hash = href;
}

/** Moves focus to the element once it is rendered (headings need tabIndex={-1}). */
export function focusOnMount(el: HTMLElement | null): void {
  if (el && document.activeElement !== el && !el.contains(document.activeElement)) el.focus({ preventScroll: false });
}
