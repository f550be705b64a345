// Side list of the document's entities grouped by type; choosing one outlines its mentions.
// Long groups show their most-mentioned entries first and fold the rest behind a button.

const FOLDED_LENGTH = 8;
import { useState } from 'preact/hooks';
import type { Entity, EntityType } from '../api/types.ts';
import { ENTITY_TYPE_LABELS, ENTITY_TYPE_ORDER } from './entity-types.ts';

interface Props {
  entities: Entity[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export function EntityPanel({ entities, selected, onSelect }: Props) {
  const groups = ENTITY_TYPE_ORDER
    .map((type) => ({ type, items: entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)) }))
    .filter((g) => g.items.length > 0);
  const [unfolded, setUnfolded] = useState<ReadonlySet<EntityType>>(new Set());
  if (groups.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="entities-heading">
      <h2 id="entities-heading" class="panel-title">Entities</h2>
      {groups.map(({ type, items }) => (
        <div key={type} class="entity-group">
          <h3 class={`group-title ent-${type}`}>
            <span class="swatch" aria-hidden="true" />
            {ENTITY_TYPE_LABELS[type].many} <span class="count">{items.length}</span>
          </h3>
          <ul class="entity-list" id={`entities-${type}`}>
            {(unfolded.has(type) ? items : items.slice(0, FOLDED_LENGTH)).map((e) => (
              <li key={e.id}>
                <button
                  type="button" class="entity-button" aria-pressed={selected === e.id}
                  onClick={() => onSelect(selected === e.id ? null : e.id)}
                >
                  <span class="entity-name">{e.name}</span>
                  <span class="count" title={`${e.mentions.length} mentions`}>{e.mentions.length}</span>
                  {describeEntity(e) && <span class="entity-detail">{describeEntity(e)}</span>}
                </button>
              </li>
            ))}
          </ul>
          {items.length > FOLDED_LENGTH && !unfolded.has(type) && (
            <button type="button" class="link-button" aria-controls={`entities-${type}`} onClick={() => setUnfolded(new Set([...unfolded, type]))}>
              Show all {items.length}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}

function describeEntity(e: Entity): string {
  const roles = e.roles?.map((r) => r.title).join('; ');
  const aliases = e.aliases.length > 0 ? `also ${e.aliases.join(', ')}` : '';
  const where = e.country && e.type === 'place' ? e.country : '';
  return [roles, where, aliases].filter(Boolean).join(' · ');
}
