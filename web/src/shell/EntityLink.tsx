// A canonical entity as a link to its page, tinted by type; "—" when there is none.
import type { EntityRef } from '../api/types.ts';
import { ENTITY_TYPE_LABELS } from '../reader/entity-types.ts';
import { entityHref } from '../router/routes.ts';

export function EntityLink({ entity, fallback = '—' }: { entity: EntityRef | null; fallback?: string }) {
  if (!entity) return <span class="unknown">{fallback}</span>;
  return (
    <a class={`entity-link ent-${entity.type}`} href={entityHref(entity.id)} title={`${ENTITY_TYPE_LABELS[entity.type].one}: ${entity.name}`}>
      {entity.name}
    </a>
  );
}
