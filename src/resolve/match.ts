// Cross-document matching: the blocking keys of a member, and whether a member may join a cluster
// (types, countries, given names; generic ministries only within one country).

import { knownAlias, ministryKind } from './alias-index.ts';
import { ADMIN_UNIT, coreName, givenNamesAgree, nameKey, personParts, typeClass } from './name-parts.ts';
import { foldName } from './normalize.ts';
import type { Member } from './types.ts';

/** "Mosul" as an alias of "Mosul district" names the city, not the district: not a key of it. */
function isOtherLevel(alias: string, m: Member): boolean {
  return m.type === 'place' && ADMIN_UNIT.test(m.name) && foldName(m.name.replace(ADMIN_UNIT, '')) === foldName(alias);
}

/** Strong keys: equal keys mean the same name, alias group or gazetteer entry. */
export function strongKeys(m: Member): string[] {
  const keys = new Set<string>();
  // Geocoders often give "X district" the id of the town X, so admin units do not key by it.
  if (m.gazetteerId && !(m.type === 'place' && ADMIN_UNIT.test(m.name))) keys.add(`g:${m.gazetteerId}`);
  for (const n of [m.name, ...m.aliases.filter((a) => !isOtherLevel(a, m))]) {
    const core = coreName(n, m.type);
    const ministry = m.type === 'person' ? null : ministryKind(core);
    if (ministry) { keys.add(`m:${ministry}`); continue; }
    const alias = m.type === 'person' ? null : knownAlias(core);
    if (alias) keys.add(`a:${alias.id}`);
    const key = nameKey(n, m.type);
    if (key.length >= 2) keys.add(`n:${typeClass(m.type)}:${key}`);
  }
  return [...keys];
}

/** Weak keys: a person's family name, to find the full name of a surname-only mention. */
export function weakKeys(m: Member): string[] {
  if (m.type !== 'person') return [];
  const keys = new Set<string>();
  for (const n of [m.name, ...m.aliases]) {
    const p = personParts(n);
    if (p.family && p.family.length >= 3) keys.add(`s:${p.family}`);
  }
  return [...keys];
}

/** True when the member's names are generic and need a country to be told apart. */
export function isGeneric(m: Member): boolean {
  return m.type !== 'person' && ministryKind(coreName(m.name, m.type)) !== null;
}

/** Country used for comparison: the member's own, or for generic names the document's. */
export function effectiveCountry(m: Member): string | null {
  return m.country ?? (isGeneric(m) ? m.documentCountry : null);
}

/** A country-name member (place "Australia") may join an organization cluster of that country. */
function typesAgree(m: Member, other: Member): boolean {
  if (typeClass(m.type) !== typeClass(other.type)) return false;
  if (m.type === other.type || m.type === 'person') return true;
  const pair = new Set([m.type, other.type]);
  if (pair.has('place')) {
    const countryName = (x: Member) => knownAlias(x.name)?.id.startsWith('country:') ?? false;
    return countryName(m) && countryName(other);
  }
  return true;
}

/** Whether two members can be the same entity. */
export function membersAgree(m: Member, other: Member): boolean {
  if (!typesAgree(m, other)) return false;
  const a = effectiveCountry(m);
  const b = effectiveCountry(other);
  if (isGeneric(m) || isGeneric(other)) return a !== null && a === b;
  if (a && b && a !== b) return false;
  if (m.type !== 'person') return true;
  const pa = personParts(m.name);
  const pb = personParts(other.name);
  return givenNamesAgree(pa.given, pb.given);
}
