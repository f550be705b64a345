// Builds extraction records from text and entity names for the resolver's tests: each listed
// surface form is found in the text and becomes a mention span. Not used at run time.

import { EXTRACTION_SCHEMA, type Entity, type EntityType, type ExtractionRecord, type Role } from '../model/index.ts';

export interface FixtureEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Surface forms to find in the text (all occurrences); defaults to [name]. */
  surfaces?: string[];
  country?: string | null;
  roles?: Role[];
  parent?: string | null;
}

function spansOf(text: string, surface: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = new RegExp(`(?<![\\w])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
  for (const m of text.matchAll(re)) spans.push([m.index ?? 0, (m.index ?? 0) + surface.length]);
  return spans;
}

/** A record of `text` with the given entities located by their surface forms (longest claimed first). */
export function fixtureRecord(id: string, text: string, entities: FixtureEntity[], published: string | null = null): ExtractionRecord {
  const claimed: [number, number][] = [];
  const mentions = new Map<string, [number, number][]>();
  const surfaces = entities.flatMap((e) => (e.surfaces ?? [e.name]).map((s) => ({ id: e.id, s })))
    .sort((a, b) => b.s.length - a.s.length);
  for (const { id: entityId, s } of surfaces) {
    for (const span of spansOf(text, s)) {
      if (claimed.some(([a, b]) => span[0] < b && a < span[1])) continue;
      claimed.push(span);
      mentions.set(entityId, [...(mentions.get(entityId) ?? []), span]);
    }
  }
  const built: Entity[] = entities.map((e) => ({
    id: e.id, type: e.type, name: e.name, aliases: (e.surfaces ?? []).filter((s) => s !== e.name),
    mentions: (mentions.get(e.id) ?? []).sort((a, b) => a[0] - b[0]),
    country: e.country ?? null, roles: e.roles ?? [], parent: e.parent ?? null,
  }));
  return {
    schema: EXTRACTION_SCHEMA,
    document: { id, title: null, publication: null, volume: null, issue: null, published, text },
    entities: built, amounts: [], transfers: [], events: [], citations: [], quotes: [], dates: [],
  };
}
