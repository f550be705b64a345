// App: reference records (SIPRI trade register, ACLED events) imported beside extracted facts and
// linked to them when they agree: supplier, recipient, item and year for a transfer; an actor,
// the place and the date for an event.

import { readFile } from 'node:fs/promises';
import { ValidationError } from '../model/index.ts';
import type { EventRow, TransferRow } from '../model/index.ts';
import type { ReferenceRow } from '../store/index.ts';
import type { MonitorStore } from './feeds.ts';
import { acledReferences, sipriReferences } from './references-csv.ts';
import ITEM_ALIASES from './references-items.json' with { type: 'json' };

export type { ReferenceRow };
export type ReferenceDataset = 'sipri' | 'acled';

/** Imports a SIPRI or ACLED CSV; rows already imported are skipped. */
export async function importReferences(monitor: MonitorStore, dataset: string, path: string): Promise<{ read: number; added: number }> {
  if (dataset !== 'sipri' && dataset !== 'acled') throw new ValidationError(`unknown reference dataset '${dataset}' (sipri or acled)`);
  const text = await readFile(path, 'utf8');
  const rows = dataset === 'sipri' ? sipriReferences(text) : acledReferences(text);
  return { read: rows.length, added: await monitor.putReferences(rows) };
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const ALIASES = new Map<string, string>(Object.entries(ITEM_ALIASES as Record<string, string>).map(([k, v]) => [fold(k), fold(v)]));
const words = (s: string) => new Set(fold(s).split(' ').filter((w) => w.length >= 3).map((w) => ALIASES.get(w) ?? w.replace(/s$/u, '')));

function sameParty(a: string | null | undefined, b: string | null): boolean {
  return !!a && !!b && fold(a) === fold(b);
}

/** Words of the SIPRI designation or description ("HMMWV-UA | APV") shared with an item name ("Humvee"). */
function sameItem(items: TransferRow['items'], reference: string | null): boolean {
  if (!reference) return false;
  const ref = words(reference.replace(/-/gu, ' '));
  return items.some((i) => [...words(i.item)].some((w) => ref.has(w)));
}

function deliveryYears(r: ReferenceRow): number[] {
  return (r.row.deliveryYears ?? '').split(/[;,]\s*/u).map((y) => Number.parseInt(y, 10)).filter(Number.isFinite);
}

/** SIPRI rows agreeing with an extracted transfer; the transfer's year falls in [order, last delivery]. */
export async function referencesForTransfer(monitor: MonitorStore, t: TransferRow): Promise<ReferenceRow[]> {
  const year = t.date ? Number(t.date.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return [];
  return (await monitor.listReferences('sipri', { from: year - 15, to: year })).filter((r) => {
    const last = Math.max(r.year ?? year, ...deliveryYears(r));
    return (r.year ?? year) <= year && year <= last && sameParty(t.supplier?.name, r.supplier) && sameParty(t.recipient?.name, r.recipient) && sameItem(t.items, r.item);
  });
}

/** ACLED rows on the event's date, at its place, with one of its actors or targets named. */
export async function referencesForEvent(monitor: MonitorStore, e: EventRow): Promise<ReferenceRow[]> {
  const date = e.date?.slice(0, 10) ?? '';
  if (date.length < 10 || !e.place) return [];
  const year = Number(date.slice(0, 4));
  const names = [...e.actors, ...e.targets].map((a) => fold(a.name)).filter((n) => n.length > 0);
  return (await monitor.listReferences('acled', { from: year, to: year })).filter((r) =>
    r.date === date && sameParty(e.place?.name, r.place) && names.some((n) => fold(r.actor ?? '').includes(n)));
}
