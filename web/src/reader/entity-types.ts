// Display order and labels of entity types; colours live in styles/reader.css (.ent-<type>).
import type { EntityType } from '../api/types.ts';

export const ENTITY_TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'group', 'place', 'media', 'equipment'];

export const ENTITY_TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organization', many: 'Organizations' },
  group: { one: 'Group', many: 'Groups' },
  place: { one: 'Place', many: 'Places' },
  media: { one: 'Media', many: 'Media' },
  equipment: { one: 'Equipment', many: 'Equipment' },
};
