// Writes the one-line summary of an event in Lantern's own words from its fields, e.g.
// "Military transferred equipment to police (3 kinds of items)." or "Detained people in Ekibastuz on 2006-10-11 (6)."

import type { Entity, Event, Transfer } from '../../model/index.ts';
import { eventLexicon } from './lexicon.ts';

const nameOf = (entities: Entity[], id: string | null): string | null => (id ? entities.find((e) => e.id === id)?.name ?? null : null);
const names = (entities: Entity[], ids: string[]): string => ids.map((id) => nameOf(entities, id)).filter(Boolean).join(' and ');
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function summariseEvent(event: Omit<Event, 'summary'>, entities: Entity[]): string {
  const verb = eventLexicon().types.find((t) => t.type === event.type)?.verb ?? 'reported an event';
  const actors = names(entities, event.actors);
  const targets = names(entities, event.targets);
  const place = nameOf(entities, event.place);
  const parts = [actors ? `${actors} ${verb}` : capitalise(verb)];
  if (targets) parts.push(`involving ${targets}`);
  if (place) parts.push(`in ${place}`);
  if (event.date) parts.push(`on ${event.date}`);
  const count = event.quantity !== null ? ` (${event.quantity})` : '';
  return capitalise(parts.join(' ')) + count + '.';
}

const STATUS_WORDS: Record<Transfer['status'], string> = {
  delivered: 'delivered', requested: 'request for', promised: 'promised', ordered: 'ordered', planned: 'planned to supply',
};

export function summariseTransfer(transfer: Transfer, entities: Entity[]): string {
  const supplier = nameOf(entities, transfer.supplier);
  const recipient = nameOf(entities, transfer.recipient);
  const items = transfer.items.slice(0, 3).map((i) => (i.quantity !== null ? `${i.quantity.toLocaleString('en-US')} ${i.item}` : i.item));
  const more = transfer.items.length > 3 ? ` and ${transfer.items.length - 3} more kinds of items` : '';
  const what = items.join(', ') + more;
  const line = transfer.status === 'requested'
    ? `${STATUS_WORDS.requested} ${what}${recipient ? ` for ${recipient}` : ''}${supplier ? `, addressed to ${supplier}` : ''}`
    : `${supplier ?? 'An unnamed supplier'} ${STATUS_WORDS[transfer.status]} ${what}${recipient ? ` to ${recipient}` : ''}`;
  const value = transfer.value ? ` worth ${transfer.value.value.toLocaleString('en-US')} ${transfer.value.currency}` : '';
  return capitalise(line) + value + (transfer.date ? ` (${transfer.date})` : '') + '.';
}
