// The timeline's model: events binned by year or month into one lane per event type, over a
// continuous run of periods. Dates with an unknown year ("XXXX-06-28") and undated events are kept
// apart, never placed on a guessed year; in the month scale, year-only dates are kept apart too.
import type { EventRow } from '../api/types.ts';

export type Scale = 'year' | 'month';

export interface TimelineModel {
  scale: Scale;
  /** Every period from the first to the last, gaps included: "2004" or "2004-07". */
  periods: string[];
  /** Event types present, most events first. */
  lanes: { type: string; count: number }[];
  /** Events per `${type}|${period}`. */
  cells: Map<string, EventRow[]>;
  /** Dated day or month, year unknown. */
  yearUnknown: EventRow[];
  undated: EventRow[];
  /** In the month scale: dated to a year only. */
  yearOnly: EventRow[];
  /** Events in the fullest cell. */
  fullest: number;
}

/** More periods than this fall back to years: a month axis over a century helps nobody. */
export const MAX_MONTHS = 600;

/** The period of a date in a scale; null when the date is too coarse for it or its year is unknown. */
export function periodOf(date: string, scale: Scale): string | null {
  if (!/^\d{4}/.test(date)) return null;
  if (scale === 'year') return date.slice(0, 4);
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

function nextPeriod(period: string, scale: Scale): string {
  const year = Number(period.slice(0, 4));
  if (scale === 'year') return String(year + 1).padStart(4, '0');
  const month = Number(period.slice(5, 7));
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${period.slice(0, 4)}-${String(month + 1).padStart(2, '0')}`;
}

/** Periods from `first` to `last` inclusive. */
export function periodsBetween(first: string, last: string, scale: Scale): string[] {
  const out: string[] = [];
  for (let p = first; p <= last && out.length <= MAX_MONTHS; p = nextPeriod(p, scale)) out.push(p);
  return out;
}

/** A filter bound ("2004", "2004-07-01") as a period of the scale, rounding towards the inside. */
function boundPeriod(bound: string, scale: Scale, end: boolean): string {
  if (scale === 'year') return bound.slice(0, 4);
  return bound.length >= 7 ? bound.slice(0, 7) : `${bound.slice(0, 4)}-${end ? '12' : '01'}`;
}

/** Months when the dated events span at most four years and most give a month; years otherwise. */
export function autoScale(events: readonly EventRow[]): Scale {
  const dated = events.map((e) => e.date ?? '').filter((d) => /^\d{4}/.test(d));
  const years = dated.map((d) => Number(d.slice(0, 4)));
  const withMonth = dated.filter((d) => /^\d{4}-\d{2}/.test(d)).length;
  if (years.length === 0) return 'month';
  return Math.max(...years) - Math.min(...years) <= 4 && withMonth * 2 >= dated.length ? 'month' : 'year';
}

/** Bins `events`; `range` (filter bounds) fixes the axis' ends when given. */
export function buildTimeline(events: readonly EventRow[], wanted: Scale, range: { from: string; to: string } = { from: '', to: '' }): TimelineModel {
  const scale = wanted;
  const model: TimelineModel = { scale, periods: [], lanes: [], cells: new Map(), yearUnknown: [], undated: [], yearOnly: [], fullest: 0 };
  const laneCounts = new Map<string, number>();
  const placed: string[] = [];
  for (const e of events) {
    if (!e.date) { model.undated.push(e); continue; }
    if (e.date.startsWith('XXXX')) { model.yearUnknown.push(e); continue; }
    const period = periodOf(e.date, scale);
    if (period === null) { model.yearOnly.push(e); continue; }
    const key = `${e.type}|${period}`;
    model.cells.set(key, [...(model.cells.get(key) ?? []), e]);
    laneCounts.set(e.type, (laneCounts.get(e.type) ?? 0) + 1);
    placed.push(period);
  }
  placed.sort();
  const first = range.from ? boundPeriod(range.from, scale, false) : placed[0];
  const last = range.to ? boundPeriod(range.to, scale, true) : placed.at(-1);
  if (first && last) model.periods = periodsBetween(first, last, scale);
  if (scale === 'month' && model.periods.length > MAX_MONTHS) return buildTimeline(events, 'year', range);
  model.lanes = [...laneCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type, count]) => ({ type, count }));
  model.fullest = Math.max(0, ...[...model.cells.values()].map((c) => c.length));
  return model;
}
