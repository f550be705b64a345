// The offline gazetteer (data/gazetteer/places.json.gz, built by scripts/build-gazetteer.ts):
// countries, regions and GeoNames cities by name (diacritics aside) and alias, ranked by kind, population and the
// document's dominant country.
import type { PlaceHit } from '../state.ts';
import { readJson } from './load.ts';

type Row = [string, number, number, string | null, number, string, PlaceHit['kind']];
interface Gazetteer { byName: Map<string, Row[]>; aliases: Map<string, string> }
let loaded: Gazetteer | null = null;

/**
 * The key a place name is indexed and looked up by: without diacritics and the ayn/hamza marks of
 * transliteration, so the plain spelling reporting uses ("Herat", "Kandahar", "Sao Paulo") finds
 * GeoNames' "Herāt", "Kandahār", "São Paulo".
 */
export function placeKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f\u02bb-\u02bf‘’`]/g, '');
}

function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const file = readJson<{ places: Row[]; aliases: Record<string, string> }>('gazetteer/places.json.gz');
  const byName = new Map<string, Row[]>();
  for (const row of file.places) {
    const key = placeKey(row[0]);
    const list = byName.get(key);
    if (list) list.push(row); else byName.set(key, [row]);
  }
  const aliases = new Map(Object.entries(file.aliases).map(([alias, name]) => [placeKey(alias), placeKey(name)]));
  loaded = { byName, aliases };
  return loaded;
}

const KIND_WEIGHT = { country: 100, region: 50, city: 0 } as const;

function toHit(r: Row): PlaceHit {
  return { name: r[0], lat: r[1], lon: r[2], country: r[3], population: r[4], id: r[5], kind: r[6] };
}

/**
 * A namesake this many times larger is the place meant, whatever the document's country: London
 * in a report on Canada is London, England, unless the text says Ontario.
 */
const FAMOUS_RATIO = 10;

/**
 * The best place called `name` (exact spelling or a known alias: "Washington" is both a town in
 * England and, by alias, Washington, D.C.), or null. `dominant` (ISO alpha-2) breaks ties between
 * same-named cities of like size; `minPopulation` applies to cities.
 */
export function lookupPlace(name: string, dominant: string | null = null, minPopulation = 0): PlaceHit | null {
  const g = gazetteer();
  const key = placeKey(name);
  const alias = g.aliases.get(key);
  const rows = [...(g.byName.get(key) ?? []), ...(alias !== undefined && alias !== key ? g.byName.get(alias) ?? [] : [])];
  if (rows.length === 0) return null;
  const largest = Math.max(...rows.filter((r) => r[6] === 'city').map((r) => r[4]), 0);
  let best: Row | null = null;
  let bestScore = -Infinity;
  for (const r of rows) {
    if (r[6] === 'city' && r[4] < minPopulation) continue;
    const local = dominant !== null && r[3] === dominant && (r[6] !== 'city' || r[4] * FAMOUS_RATIO >= largest);
    const score = KIND_WEIGHT[r[6]] + Math.log10(r[4] + 10) + (local ? 1.5 : 0);
    if (score > bestScore) { best = r; bestScore = score; }
  }
  return best ? toHit(best) : null;
}

/** True when `name` is a gazetteer name or alias at all (any population). */
export function isPlaceName(name: string): boolean {
  const g = gazetteer();
  const key = placeKey(name);
  return g.byName.has(key) || g.aliases.has(key);
}
