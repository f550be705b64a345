// Event types as the filter offers them. web/ imports only types from src/, so the record
// format's list is restated here; the compiler checks it against EventType both ways.
import type { EventRow, EventType } from '../api/types.ts';

export type { EventRow };

export const EVENT_TYPE_NAMES = [
  'exercise', 'transfer', 'request', 'agreement', 'arrest', 'investigation', 'restriction',
  'legislation', 'deployment', 'appointment', 'statement', 'meeting', 'protest', 'riot',
  'attack', 'battle', 'violence_against_civilians', 'explosion', 'other',
] as const satisfies readonly EventType[];

type Missing = Exclude<EventType, (typeof EVENT_TYPE_NAMES)[number]>;
export const EVENT_TYPES_COMPLETE: [Missing] extends [never] ? true : never = true;
