// The events the timeline chart draws: every event matching the type and date filter, read in
// pages of 200 up to CHART_CAP (the chart says when it shows fewer than match).
import { api } from '../api/client.ts';
import type { EventRow } from '../api/types.ts';

export const CHART_CAP = 2000;
const PAGE = 200;

export interface ChartEvents { events: EventRow[]; total: number }

export async function loadChartEvents(filter: { type: string; from: string; to: string }, signal: AbortSignal): Promise<ChartEvents> {
  const events: EventRow[] = [];
  let total = 0;
  do {
    const page = await api.events(filter, PAGE, events.length, signal);
    total = page.total;
    events.push(...page.items);
    if (page.items.length === 0) break;
  } while (events.length < Math.min(total, CHART_CAP));
  return { events, total };
}
