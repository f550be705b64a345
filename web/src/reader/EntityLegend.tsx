// The colour legend above the text; each entry also toggles that type's highlighting.
import type { Entity, EntityType } from '../api/types.ts';
import { ENTITY_TYPE_LABELS, ENTITY_TYPE_ORDER } from './entity-types.ts';

interface Props {
  entities: Entity[];
  amounts: number;
  hidden: ReadonlySet<EntityType>;
  onToggle: (type: EntityType) => void;
}

export function EntityLegend({ entities, amounts, hidden, onToggle }: Props) {
  const present = ENTITY_TYPE_ORDER.filter((t) => entities.some((e) => e.type === t));
  return (
    <div class="legend" role="group" aria-label="Highlighting by type">
      <span class="legend-label">Highlight</span>
      {present.map((type) => {
        const count = entities.filter((e) => e.type === type).length;
        const shown = !hidden.has(type);
        return (
          <button
            key={type} type="button" class={`legend-item ent-${type}${shown ? '' : ' legend-off'}`}
            aria-pressed={shown} onClick={() => onToggle(type)}
            title={`${shown ? 'Hide' : 'Show'} ${ENTITY_TYPE_LABELS[type].many.toLowerCase()}`}
          >
            <span class="swatch" aria-hidden="true" />
            {ENTITY_TYPE_LABELS[type].many} <span class="count">{count}</span>
          </button>
        );
      })}
      {amounts > 0 && (
        <span class="legend-item legend-static ent-amount">
          <span class="swatch" aria-hidden="true" />
          Money <span class="count">{amounts}</span>
        </span>
      )}
    </div>
  );
}
