// The country a mention's context gives it: a country word right before it ("Russian Defense
// Ministry", "Kazakhstan’s Deputy Defense Minister") or a place of known country just before it.

import { aliasData } from './alias-data.ts';
import { countryOfWord } from './countries.ts';

/** A place mention whose country is known. */
export interface PlaceMark { start: number; end: number; country: string }

const ABBREVIATION = /^(?:[A-Za-z]\.)+$|^(?:Lt|Gen|Col|Maj|Dr|Mr|Mrs|Ms|St)\.$/;

/** Words that may stand between a country word and a name: capitalised words, titles, "of", "the". */
function mayQualify(word: string): boolean {
  return /^[A-Z]/.test(word) || word === 'of' || word === 'the' || aliasData().titles.includes(word.toLowerCase());
}

/**
 * Country word among the words right before `offset`, e.g. "Kazakh President ", "U.S. Ambassador ",
 * "Kazakh businessman ". Stops at punctuation and at the end of the previous sentence.
 */
export function countryBefore(text: string, offset: number): string | null {
  const words = text.slice(Math.max(0, offset - 60), offset).split(/\s+/).filter((w) => w !== '');
  if (!/\s$/.test(text.slice(Math.max(0, offset - 1), offset))) return null;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    const raw = words[i] ?? '';
    if (/[,;:()“”"]$/.test(raw) || (raw.endsWith('.') && !ABBREVIATION.test(raw))) return null;
    const word = raw.replace(/['’]s$/, '');
    const code = countryOfWord(word);
    if (code) return code;
    if (!mayQualify(word)) return null;
  }
  return null;
}

/** Country of the mention from the words before it, else from a place named just before it. */
export function countryNear(text: string, offset: number, places: readonly PlaceMark[]): string | null {
  const direct = countryBefore(text, offset);
  if (direct) return direct;
  const near = places.find((p) => p.end <= offset && offset - p.end <= 30 && !/[.;]/.test(text.slice(p.end, offset)));
  return near?.country ?? null;
}
