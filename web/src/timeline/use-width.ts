// The width of an element, kept current with a ResizeObserver, so the chart fills its column.
import { useEffect, useRef, useState } from 'preact/hooks';

export function useWidth<T extends HTMLElement>(fallback: number): [{ current: T | null }, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    setWidth(el.clientWidth || fallback);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth || fallback));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
