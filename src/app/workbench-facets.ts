// App: facets for search and the map. Per document: outlet, date, entity types, the entities and
// event types it holds; counts over a result set; geocoded places with their documents and events.

import type { EntityType, EventType, ExtractionRecord, Store } from '../model/index.ts';
import { canonicalKey } from '../store/index.ts';
import { corpusSnapshot } from './corpus-snapshot.ts';
import { canonicalOf, type CorrectionView } from './review.ts';

export interface DocumentFacets {
  id: string;
  title: string | null;
  publication: string | null;
  published: string | null;
  entityTypes: EntityType[];
  entities: { id: string; name: string; type: EntityType }[];
  eventTypes: EventType[];
}

export interface Facets {
  documents: DocumentFacets[];
  counts: { outlet: Record<string, number>; type: Record<string, number>; eventType: Record<string, number>; entity: Record<string, number> };
}

function facetsOf(r: ExtractionRecord, view: CorrectionView): DocumentFacets {
  const entities = new Map<string, { id: string; name: string; type: EntityType }>();
  for (const e of r.entities) {
    const id = canonicalOf(view, canonicalKey(e.type, e.name));
    if (id !== null && !entities.has(id)) entities.set(id, { id, name: view.renamed.get(id) ?? e.name, type: e.type });
  }
  const list = [...entities.values()];
  return {
    id: r.document.id, title: r.document.title, publication: r.document.publication, published: r.document.published,
    entityTypes: [...new Set(list.map((e) => e.type))], entities: list, eventTypes: [...new Set(r.events.map((e) => e.type))],
  };
}

const bump = (m: Record<string, number>, k: string) => { m[k] = (m[k] ?? 0) + 1; };

/** Facets of the given documents (all stored ones when `ids` is undefined). */
export async function documentFacets(store: Store, view: CorrectionView, ids?: readonly string[]): Promise<Facets> {
  const { records } = await corpusSnapshot(store);
  const wanted = ids ? new Set(ids) : null;
  const documents = records.filter((r) => !wanted || wanted.has(r.document.id)).map((r) => facetsOf(r, view));
  const counts: Facets['counts'] = { outlet: {}, type: {}, eventType: {}, entity: {} };
  for (const d of documents) {
    bump(counts.outlet, d.publication ?? 'Unknown outlet');
    d.entityTypes.forEach((t) => bump(counts.type, t));
    d.eventTypes.forEach((t) => bump(counts.eventType, t));
    d.entities.forEach((e) => bump(counts.entity, e.id));
  }
  return { documents, counts };
}

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  documents: { id: string; title: string | null }[];
  events: { id: string; type: EventType; date: string | null; summary: string; documentId: string }[];
}

/** Geocoded places of the corpus, each with the documents naming it and the events set there. */
export async function mapPlaces(store: Store, view: CorrectionView): Promise<MapPlace[]> {
  const { records } = await corpusSnapshot(store);
  const places = new Map<string, MapPlace>();
  for (const r of records) {
    const local = new Map<string, string>();
    for (const e of r.entities) {
      if (e.type !== 'place' || typeof e.lat !== 'number' || typeof e.lon !== 'number') continue;
      const id = canonicalOf(view, canonicalKey(e.type, e.name));
      if (id === null) continue;
      local.set(e.id, id);
      const p = places.get(id) ?? { id, name: view.renamed.get(id) ?? e.name, lat: e.lat, lon: e.lon, country: e.country ?? null, documents: [], events: [] };
      if (!p.documents.some((d) => d.id === r.document.id)) p.documents.push({ id: r.document.id, title: r.document.title });
      places.set(id, p);
    }
    for (const ev of r.events) {
      const p = ev.place ? places.get(local.get(ev.place) ?? '') : undefined;
      p?.events.push({ id: `${r.document.id}/${ev.id}`, type: ev.type, date: ev.date, summary: ev.summary, documentId: r.document.id });
    }
  }
  return [...places.values()];
}
