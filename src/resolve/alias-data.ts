// Loads the general-knowledge alias lists under data/resolve/ (countries, organizations, places,
// transliteration rules, titles) once, and indexes them for the resolver.

import { readFileSync } from 'node:fs';
import { ValidationError } from '../model/index.ts';

const DATA_DIR = new URL('../../data/resolve/', import.meta.url);

export interface CountryEntry { code: string; names: string[]; demonyms: string[] }
export interface AliasGroup { names: string[]; country?: string }

export interface AliasData {
  countries: CountryEntry[];
  organizations: AliasGroup[];
  places: AliasGroup[];
  /** Ministry kind -> the words that name it ("defense", "defence", "military"). */
  ministries: Record<string, string[]>;
  transliteration: [string, string][];
  /** Lower-case titles, longest first. */
  titles: string[];
}

function readJson(file: string): unknown {
  const url = new URL(file, DATA_DIR);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as unknown;
  } catch (cause) {
    throw new ValidationError(`cannot read resolver data file ${url.pathname}`, { cause });
  }
}

function readLines(file: string): string[] {
  const text = readFileSync(new URL(file, DATA_DIR), 'utf8');
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

function loadAliasData(): AliasData {
  const countries = readJson('countries.json') as { countries: CountryEntry[] };
  const orgs = readJson('organizations.json') as {
    organizations: AliasGroup[]; ministries: Record<string, string[] | string>;
  };
  const places = readJson('places.json') as { places: AliasGroup[] };
  const translit = readJson('transliteration.json') as { rules: [string, string][] };
  const ministries: Record<string, string[]> = {};
  for (const [kind, words] of Object.entries(orgs.ministries)) {
    if (Array.isArray(words)) ministries[kind] = words;
  }
  return {
    countries: countries.countries,
    organizations: orgs.organizations,
    places: places.places,
    ministries,
    transliteration: translit.rules,
    titles: readLines('titles.txt').sort((a, b) => b.length - a.length),
  };
}

let cached: AliasData | null = null;

/** The alias data, read from disk on first use. */
export function aliasData(): AliasData {
  cached ??= loadAliasData();
  return cached;
}
