// Export: GeoJSON FeatureCollections (RFC 7946, longitude first) of geocoded places and of events
// set in a geocoded place. Places are keyed like the store's naive entity keys.

import type { Entity, ExtractionRecord, Store } from '../../model/index.ts';
import { canonicalKey } from '../../store/index.ts';
import { records } from './records.ts';

interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

type Geocoded = Entity & { lat: number; lon: number };
const isGeocoded = (e: Entity): e is Geocoded => e.type === 'place' && typeof e.lat === 'number' && typeof e.lon === 'number';

function point(e: Geocoded): PlaceFeature['geometry'] {
  return { type: 'Point', coordinates: [e.lon, e.lat] };
}

/** Places with coordinates, aggregated across documents; written after the last record is read. */
export async function* placeFeatures(store: Store): AsyncGenerator<PlaceFeature> {
  const places = new Map<string, PlaceFeature & { properties: { documents: string[]; mentions: number } }>();
  for await (const r of records(store)) {
    for (const e of r.entities.filter(isGeocoded)) {
      const id = canonicalKey(e.type, e.name);
      const known = places.get(id) ?? {
        type: 'Feature' as const, id, geometry: point(e),
        properties: { id, name: e.name, country: e.country ?? null, documents: [] as string[], mentions: 0 },
      };
      if (!known.properties.documents.includes(r.document.id)) known.properties.documents.push(r.document.id);
      known.properties.mentions += e.mentions.length;
      places.set(id, known);
    }
  }
  yield* places.values();
}

function eventFeatures(r: ExtractionRecord): PlaceFeature[] {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const out: PlaceFeature[] = [];
  for (const ev of r.events) {
    const place = ev.place ? byId.get(ev.place) : undefined;
    if (!place || !isGeocoded(place)) continue;
    out.push({
      type: 'Feature', id: `${r.document.id}/${ev.id}`, geometry: point(place),
      properties: {
        id: `${r.document.id}/${ev.id}`, document: r.document.id, type: ev.type, cameo: ev.cameo, date: ev.date,
        place: place.name, country: place.country ?? null, actors: ev.actors.map(nameOf), targets: ev.targets.map(nameOf),
        quantity: ev.quantity, summary: ev.summary,
      },
    });
  }
  return out;
}

/** Events whose place has coordinates, streamed record by record. */
export async function* eventPointFeatures(store: Store): AsyncGenerator<PlaceFeature> {
  for await (const r of records(store)) yield* eventFeatures(r);
}

/** A FeatureCollection written feature by feature. */
export async function* geoJson(features: AsyncIterable<unknown>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const f of features) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(f)}`;
    first = false;
  }
  yield '\n]}\n';
}
