// Currency lexicon (data/lexicon/currencies.json) as lookups for the money step.
import { readJson } from './load.ts';

interface CurrencyFile {
  words: Record<string, string | string[]>;
  symbols: Record<string, string>;
  codes: string[];
  countryOf: Record<string, string>;
  usdRate: Record<string, number | string>;
}

export interface Currencies {
  words: Map<string, string[]>;
  symbols: Map<string, string>;
  codes: Set<string>;
  usdRate: (code: string) => number | null;
  wordPattern: string;
  symbolPattern: string;
}

let loaded: Currencies | null = null;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function currencies(): Currencies {
  if (loaded) return loaded;
  const file = readJson<CurrencyFile>('lexicon/currencies.json');
  const words = new Map(Object.entries(file.words).map(([w, c]) => [w, Array.isArray(c) ? c : [c]]));
  const byLength = (a: string, b: string): number => b.length - a.length;
  loaded = {
    words,
    symbols: new Map(Object.entries(file.symbols)),
    codes: new Set(file.codes),
    usdRate: (code) => (typeof file.usdRate[code] === 'number' ? (file.usdRate[code] as number) : null),
    wordPattern: [...words.keys()].sort(byLength).map(escape).join('|'),
    symbolPattern: Object.keys(file.symbols).sort(byLength).map(escape).join('|'),
  };
  return loaded;
}
