// Name normalisation: folding case, accents and punctuation, removing titles, and the
// transliteration key that makes "Nazarbayev" and "Nazarbaev" compare equal.

import { memoizeString } from '../model/index.ts';
import { aliasData } from './alias-data.ts';

// Resolution folds the same few thousand names again for every record it places.
const FOLD_CACHE_LIMIT = 100_000;

/**
 * Folds case, accents, punctuation, a leading "the" and a possessive "'s", as the scorer does.
 * @example foldName("the Ministry of Defense's") === "ministry of defense"
 */
export const foldName = memoizeString(foldUncached, FOLD_CACHE_LIMIT);

function foldUncached(name: string): string {
  return name
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .replace(/[-\s]+/g, ' ')
    .replace(/'/g, '')
    .trim()
    .replace(/^the\s+/, '');
}

/** Removes leading titles, ranks and honorifics: "Lt.-General Bolat Sembinov" -> "Bolat Sembinov". */
export function stripTitles(name: string): string {
  let rest = name.trim().replace(/^the\s+/i, '');
  for (let changed = true; changed;) {
    changed = false;
    const lower = rest.toLowerCase();
    for (const title of aliasData().titles) {
      if (lower.startsWith(title) && /^[\s,.]/.test(rest.slice(title.length)) && rest.length > title.length + 1) {
        rest = rest.slice(title.length).replace(/^[\s,.]+/, '');
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** True when the whole name is a title ("the President", "Deputy Defense Minister"). */
export function isTitleOnly(name: string): boolean {
  foldedTitles ??= new Set(aliasData().titles.map(foldName));
  return foldedTitles.has(foldName(name));
}

let foldedTitles: Set<string> | undefined;

/** Tokens of a folded name, dropping Arabic articles that romanisations add or omit ("al-Raqqa"). */
export function nameTokens(name: string): string[] {
  return foldName(name).split(' ').filter((t) => t !== '' && t !== 'al' && t !== 'el');
}

/**
 * One key for the usual romanisations of a word or name.
 * @example transliterationKey("Nazarbaev") === transliterationKey("Nazarbayev")
 */
export const transliterationKey = memoizeString(transliterationUncached, FOLD_CACHE_LIMIT);

function transliterationUncached(name: string): string {
  const words = nameTokens(name).map((word) => {
    let w = word;
    for (const [from, to] of aliasData().transliteration) w = w.split(from).join(to);
    return w.replace(/(.)\1+/g, '$1');
  });
  return words.join(' ');
}
