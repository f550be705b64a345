// Canonical alias ids for names the data files know: a country ("country:KZ"), an organization or
// place alias group ("org:3", "place:0"), or a generic ministry ("ministry:defense", country-bound).

import { aliasData } from './alias-data.ts';
import { countryOfName } from './countries.ts';
import { foldName } from './normalize.ts';

interface Known { id: string; country: string | null }

let index: Map<string, Known> | null = null;
let ministryWords: [string, string][] | null = null;

function buildIndex(): Map<string, Known> {
  const map = new Map<string, Known>();
  const data = aliasData();
  data.organizations.forEach((g, i) => {
    for (const n of g.names) map.set(foldName(n), { id: `org:${i}`, country: g.country ?? null });
  });
  data.places.forEach((g, i) => {
    for (const n of g.names) map.set(foldName(n), { id: `place:${i}`, country: g.country ?? null });
  });
  return map;
}

function ministryTable(): [string, string][] {
  if (!ministryWords) {
    ministryWords = Object.entries(aliasData().ministries)
      .flatMap(([kind, words]) => words.map((w): [string, string] => [foldName(w), kind]))
      .sort((a, b) => b[0].length - a[0].length);
  }
  return ministryWords;
}

/** "Ministry of Defense", "Defence Ministry", "Defense Ministry's" -> "defense"; else null. */
export function ministryKind(name: string): string | null {
  const f = foldName(name);
  const m = /^(?:ministry of|ministry) (.+)$/.exec(f) ?? /^(.+) ministry$/.exec(f);
  if (!m?.[1]) return null;
  const hit = ministryTable().find(([word]) => word === m[1]);
  return hit ? hit[1] : null;
}

/** The alias id of a name the data files list, with the country the list gives; else null. */
export function knownAlias(name: string): Known | null {
  const country = countryOfName(name);
  if (country) return { id: `country:${country}`, country };
  index ??= buildIndex();
  return index.get(foldName(name)) ?? null;
}
