// Store: the canonical key that groups one entity's rows across documents. For now an entity is
// its type plus its folded name; the resolution stage will later merge keys it knows are one.

/** @example canonicalKey('person', 'Nursultan Nazarbayev') === 'person:nursultan-nazarbayev' */
export function canonicalKey(type: string, name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return `${type}:${folded || 'unnamed'}`;
}
