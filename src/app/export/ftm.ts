// Export: canonical entities as FollowTheMoney entities (one JSON object per line: id, schema,
// properties with arrays of strings), the format Aleph and the OpenSanctions tools ingest.

import type { EntitySummary, Store } from '../../model/index.ts';
import { pages } from './records.ts';

export interface FtmEntity {
  id: string;
  schema: 'Person' | 'Organization' | 'PublicBody' | 'Address';
  properties: Record<string, string[]>;
}

// State bodies get FollowTheMoney's PublicBody; other organizations and groups stay Organization.
const PUBLIC_BODY = /\b(?:ministry|ministries|government|parliament|senate|duma|majilis|council|committee|agency|service|police|army|armed forces|navy|air force|guard|brigade|division|regiment|battalion|court|prosecutor|administration|commission|department|presidential|military|forces)\b/iu;

function schemaOf(e: EntitySummary): FtmEntity['schema'] | null {
  switch (e.type) {
    case 'person': return 'Person';
    case 'place': return 'Address';
    case 'organization': return PUBLIC_BODY.test(e.name) ? 'PublicBody' : 'Organization';
    case 'group':
    case 'media': return 'Organization';
    // FollowTheMoney has no general schema for equipment (only Vehicle, Vessel, Airplane).
    case 'equipment': return null;
  }
}

/** The entity in FollowTheMoney form, or null for types it has no schema for. */
export function toFtm(e: EntitySummary): FtmEntity | null {
  const schema = schemaOf(e);
  if (schema === null) return null;
  const aliases = e.aliases.filter((a) => a !== e.name);
  const properties: Record<string, string[]> = schema === 'Address'
    ? { full: [e.name], summary: aliases.length > 0 ? [aliases.join('; ')] : [] }
    : { name: [e.name], alias: aliases };
  for (const key of Object.keys(properties)) if (properties[key]?.length === 0) delete properties[key];
  return { id: `lantern-${e.id}`, schema, properties };
}

export async function* ftmEntities(store: Store): AsyncGenerator<FtmEntity> {
  for await (const e of pages<EntitySummary>((p) => store.listEntities(p))) {
    const entity = toFtm(e);
    if (entity) yield entity;
  }
}
