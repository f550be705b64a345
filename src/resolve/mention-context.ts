// The country a mention's context gives it: a country word right before it ("Russian Defense
// Ministry", "Kazakhstan’s Deputy Defense Minister") or a place of known country just before it.

import { countryOfWord } from './countries.ts';

/** A place mention whose country is known. */
export interface PlaceMark { start: number; end: number; country: string }

const CAPITALISED_RUN = /((?:(?:[A-Z][\w.’'-]*|of|the)\s+){1,5})$/;

/** Country word among the capitalised words right before `offset`, e.g. "Kazakh President ". */
export function countryBefore(text: string, offset: number): string | null {
  const window = text.slice(Math.max(0, offset - 60), offset);
  const run = CAPITALISED_RUN.exec(window)?.[1];
  if (!run) return null;
  for (const raw of run.trim().split(/\s+/).reverse()) {
    const word = raw.replace(/['’]s$/, '');
    const code = countryOfWord(word);
    if (code) return code;
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
