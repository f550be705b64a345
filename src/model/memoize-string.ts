// A bounded cache for pure string functions on hot paths: name folding sees the same few thousand
// names in every document. Cleared whole when full, so memory stays bounded without bookkeeping.

/** `fn` remembered for up to `limit` distinct inputs. */
export function memoizeString(fn: (input: string) => string, limit: number): (input: string) => string {
  const cache = new Map<string, string>();
  return (input) => {
    let out = cache.get(input);
    if (out === undefined) {
      if (cache.size >= limit) cache.clear();
      out = fn(input);
      cache.set(input, out);
    }
    return out;
  };
}
