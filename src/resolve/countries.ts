// Country look-ups: names and demonyms to ISO codes, the country a name is qualified with
// ("Russian Defense Ministry", "Kazakhstan's Ministry of Defense"), and a document's dominant country.

import { aliasData } from './alias-data.ts';
import { foldName } from './normalize.ts';

let byName: Map<string, string> | null = null;
let byDemonym: Map<string, string> | null = null;

function tables(): { names: Map<string, string>; demonyms: Map<string, string> } {
  if (!byName || !byDemonym) {
    byName = new Map();
    byDemonym = new Map();
    for (const c of aliasData().countries) {
      for (const n of c.names) byName.set(foldName(n), c.code);
      for (const d of c.demonyms) byDemonym.set(foldName(d), c.code);
    }
  }
  return { names: byName, demonyms: byDemonym };
}

/** ISO code when the whole name is a country ("U.S." -> "US"), else null. */
export function countryOfName(name: string): string | null {
  return tables().names.get(foldName(name)) ?? null;
}

/** ISO code of a country name or demonym ("Kazakhstani" -> "KZ"), else null. */
export function countryOfWord(word: string): string | null {
  const f = foldName(word);
  return tables().names.get(f) ?? tables().demonyms.get(f) ?? null;
}

/** The country a name carries and the name without it: "Russian Defense Ministry" -> RU, "Defense Ministry". */
export function splitCountryQualifier(name: string): { country: string | null; rest: string } {
  const words = name.trim().replace(/^the\s+/i, '').split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ').replace(/['’]s$/, '');
    const code = countryOfWord(head);
    if (code) return { country: code, rest: words.slice(n).join(' ') };
  }
  const of = /^(.*\S)\s+of\s+(?:the\s+)?([A-Z][\w .'-]+)$/.exec(name.trim());
  if (of?.[1] && of[2]) {
    const code = countryOfName(of[2]);
    if (code) return { country: code, rest: of[1] };
  }
  return { country: null, rest: name };
}

/**
 * The country most named in the text (names and demonyms) plus `votes` (countries of other
 * places named), when it leads clearly: more votes than any other country.
 */
export function dominantCountry(text: string, votes: readonly string[] = []): string | null {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const c of aliasData().countries) {
    const words = [...c.names, ...c.demonyms].filter((w) => w.length > 2 || w === 'US');
    const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const re = new RegExp(`(?<![\\w.])(?:${pattern})(?![\\w])`, 'g');
    const n = text.match(re)?.length ?? 0;
    if (n > 0) counts.set(c.code, (counts.get(c.code) ?? 0) + n);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}
