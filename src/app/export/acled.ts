// Export: events as ACLED-style CSV rows (the columns of ACLED's export that Lantern can fill),
// so they line up with ACLED data in the same spreadsheet or R script.

import { readFileSync } from 'node:fs';
import type { Entity, ExtractionRecord, Store } from '../../model/index.ts';
import type { Cell } from './csv.ts';
import { records } from './records.ts';

export const ACLED_HEADER = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location', 'latitude', 'longitude', 'source', 'notes', 'fatalities'] as const;

const ACLED_TYPES = JSON.parse(readFileSync(new URL('./acled-types.json', import.meta.url), 'utf8')) as Record<string, [string, string] | string>;
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
// A people count is a death toll only when the event's own words say people died.
const DEATH_WORDS = /\b(?:killed|killing|dead|died|deaths?|fatalit(?:y|ies)|slain|murdered)\b/iu;

function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return COUNTRY_NAMES.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function eventRows(r: ExtractionRecord): Cell[][] {
  const byId = new Map<string, Entity>(r.entities.map((e) => [e.id, e]));
  const nameOf = (id: string | undefined) => (id ? byId.get(id)?.name ?? '' : '');
  const sourcesOf = (ids: readonly string[]) => [...new Set(r.citations.filter((c) => ids.includes(c.id)).map((c) => c.source))];
  return r.events.map((ev) => {
    const mapped = ACLED_TYPES[ev.type];
    const [type, sub] = Array.isArray(mapped) ? mapped : ['Strategic developments', 'Other'];
    const place = ev.place ? byId.get(ev.place) : undefined;
    const text = r.document.text.slice(ev.span[0], ev.span[1]);
    const sources = sourcesOf(ev.citations);
    return [
      ev.date, type, sub, nameOf(ev.actors[0]), nameOf(ev.targets[0]), countryName(place?.country), place?.name ?? '',
      place?.lat ?? '', place?.lon ?? '', (sources.length > 0 ? sources : [r.document.publication ?? r.document.id]).join('; '),
      ev.summary, ev.quantity !== null && DEATH_WORDS.test(text) ? ev.quantity : 0,
    ];
  });
}

export async function* acledRows(store: Store): AsyncGenerator<Cell[]> {
  for await (const r of records(store)) yield* eventRows(r);
}
