// Events across all documents: a timeline chart (lanes by type, years or months, brushing a range
// filters), the events it cannot place on a year shown apart, and the filtered list grouped by
// month with the sources each rests on. Filters live in the address: type, from, to, scale.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { EVENT_TYPE_NAMES, type EventRow } from './event-types.ts';
import { documentHref, eventsHref } from '../router/routes.ts';
import { navigate } from '../router/use-route.ts';
import { PAGE_SIZE, Pager } from '../search/Pager.tsx';
import { EntityLink } from '../shell/EntityLink.tsx';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatCount, formatDate } from '../shell/format.ts';
import { EventTimeline } from './EventTimeline.tsx';

export interface EventsFilter { type: string; from: string; to: string; scale: string }

export function EventsPage({ offset, ...filter }: EventsFilter & { offset: number }) {
  const query = { type: filter.type, from: filter.from, to: filter.to };
  const key = `events:${filter.type}:${filter.from}:${filter.to}:${offset}`;
  const state = useApi(key, (signal) => api.events(query, PAGE_SIZE * 2, offset, signal));
  return (
    <section class="page" aria-labelledby="events-page-heading">
      <h1 id="events-page-heading" class="page-title">Events</h1>
      <EventFilter {...filter} />
      <EventTimeline filter={filter} />
      <h2 class="section-title" id="event-list-heading">Event list</h2>
      {state.status === 'loading' && <Loading what="events" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && (
        <section aria-labelledby="event-list-heading">
          <p class="result-count" role="status">{formatCount(state.data.total, 'event')}{rangeText(filter)}</p>
          {state.data.total === 0 && <p class="empty">No event matches these filters. <a href={eventsHref({ scale: filter.scale })}>Show every event</a>.</p>}
          {groupByMonth(state.data.items).map(([month, rows]) => (
            <section key={month} class="event-month" aria-label={month}>
              <h3 class="section-title">{month}</h3>
              <ol class="event-list">{rows.map((e) => <EventItem key={e.id} event={e} />)}</ol>
            </section>
          ))}
          <Pager total={state.data.total} limit={state.data.limit} offset={state.data.offset} href={(o) => eventsHref(filter, o)} />
        </section>
      )}
    </section>
  );
}

export function EventItem({ event: e }: { event: EventRow }) {
  const people = [...e.actors, ...e.targets];
  return (
    <li class="event">
      <span class="event-date">{formatDate(e.date) || 'undated'}</span>
      <div>
        <p class="event-head"><span class="badge">{e.type.replaceAll('_', ' ')}</span> {e.summary}</p>
        <p class="fact-meta">
          {e.place && <>at <EntityLink entity={e.place} /> · </>}
          {people.map((p, i) => <span key={p.id}>{i > 0 && ', '}<EntityLink entity={p} /></span>)}
          {people.length > 0 && ' · '}
          <a href={documentHref(e.documentId, e.span[0])} title={e.text}>{e.sources.join(', ') || 'the report'}</a>
        </p>
      </div>
    </li>
  );
}

function EventFilter({ type, from, to, scale }: EventsFilter) {
  const [range, setRange] = useState({ from, to });
  useEffect(() => setRange({ from, to }), [from, to]);
  const go = (next: Partial<EventsFilter>) => navigate(eventsHref({ type, from: range.from.trim(), to: range.to.trim(), scale, ...next }));
  const isoDate = '\\d{4}(-\\d{2}(-\\d{2})?)?';
  return (
    <form class="filter-bar" onSubmit={(e) => { e.preventDefault(); go({}); }}>
      <label for="event-type">Type</label>
      <select id="event-type" value={type} onChange={(e) => go({ type: e.currentTarget.value })}>
        <option value="">All types</option>
        {EVENT_TYPE_NAMES.map((t) => <option key={t} value={t}>{t.replaceAll('_', ' ')}</option>)}
      </select>
      <label for="event-from">From</label>
      <input id="event-from" class="date-input" value={range.from} pattern={isoDate} placeholder="YYYY-MM-DD" onInput={(e) => setRange({ ...range, from: e.currentTarget.value })} />
      <label for="event-to">To</label>
      <input id="event-to" class="date-input" value={range.to} pattern={isoDate} placeholder="YYYY-MM-DD" onInput={(e) => setRange({ ...range, to: e.currentTarget.value })} />
      <button type="submit">Filter</button>
    </form>
  );
}

function rangeText({ from, to }: { from: string; to: string }): string {
  if (!from && !to) return '';
  return from === to ? ` in ${formatDate(from)}` : ` from ${formatDate(from) || 'the start'} to ${formatDate(to) || 'the end'}`;
}

function groupByMonth(rows: EventRow[]): [string, EventRow[]][] {
  const groups = new Map<string, EventRow[]>();
  for (const row of rows) {
    const month = !row.date ? 'Undated' : row.date.startsWith('XXXX') ? 'Year unknown' : formatDate(row.date.slice(0, 7));
    groups.set(month, [...(groups.get(month) ?? []), row]);
  }
  return [...groups];
}
