// The timeline panel above the event list: scale switch, the chart over every matching event (up
// to CHART_CAP), a way back from a brushed range, and the events no year axis can hold, listed apart.
// Zooming into a range (brush or a crowded mark) lets the scale follow the range: a year opens by month.
import { useApi } from '../api/use-api.ts';
import type { EventRow } from '../api/types.ts';
import { documentHref, eventsHref } from '../router/routes.ts';
import { navigate } from '../router/use-route.ts';
import { ErrorMessage, Loading } from '../shell/Status.tsx';
import { formatCount, formatDate } from '../shell/format.ts';
import { autoScale, buildTimeline, type Scale } from './timeline-bins.ts';
import { CHART_CAP, loadChartEvents } from './timeline-data.ts';
import { TimelineChart } from './TimelineChart.tsx';

interface Filter { type: string; from: string; to: string; scale: string }

export function EventTimeline({ filter }: { filter: Filter }) {
  const query = { type: filter.type, from: filter.from, to: filter.to };
  const state = useApi(`events-chart:${filter.type}:${filter.from}:${filter.to}`, (signal) => loadChartEvents(query, signal));
  const href = (next: Partial<Filter>) => eventsHref({ ...filter, ...next });
  return (
    <section class="panel timeline-panel" aria-labelledby="timeline-heading">
      <div class="timeline-head">
        <h2 id="timeline-heading" class="section-title">Timeline</h2>
        {state.status === 'ready' && <ScaleSwitch current={filter.scale === 'year' || filter.scale === 'month' ? filter.scale : autoScale(state.data.events)} href={(scale) => href({ scale })} />}
        {(filter.from || filter.to) && <a class="timeline-reset" href={href({ from: '', to: '' })}>Show all dates</a>}
      </div>
      {state.status === 'loading' && <Loading what="the timeline" />}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && <TimelineBody filter={filter} events={state.data.events} total={state.data.total} href={href} />}
    </section>
  );
}

function TimelineBody({ filter, events, total, href }: { filter: Filter; events: EventRow[]; total: number; href(next: Partial<Filter>): string }) {
  const wanted: Scale = filter.scale === 'year' || filter.scale === 'month' ? filter.scale : autoScale(events);
  const model = buildTimeline(events, wanted, filter);
  if (events.length === 0) return <p class="muted">No events to chart.</p>;
  return (
    <>
      {total > events.length && <p class="facet-note">The chart shows the first {CHART_CAP.toLocaleString('en-US')} of {total.toLocaleString('en-US')} events; choose a type or a range to see the rest.</p>}
      {model.scale !== wanted && <p class="facet-note">Too many months to draw: shown by year.</p>}
      {model.periods.length > 0
        ? (
          <TimelineChart
            model={model} type={filter.type} laneHref={(type) => href({ type })}
            cellHref={(type, period) => href({ type, from: period, to: period, scale: '' })}
            onRange={(from, to) => navigate(href({ from, to, scale: '' }))}
          />
        )
        : <p class="muted">None of these events has a date with a known year.</p>}
      <Apart title="Year unknown" events={model.yearUnknown} note="Dated to a day or month whose year the report does not give; kept off the axis." />
      <Apart title="Dated to the year only" events={model.yearOnly} note="Too coarse for the month axis; switch to years to place them." />
      {model.undated.length > 0 && <p class="facet-note">{formatCount(model.undated.length, 'event')} without a date.</p>}
    </>
  );
}

function ScaleSwitch({ current, href }: { current: Scale; href(scale: Scale): string }) {
  return (
    <nav class="scale-switch" aria-label="Timeline scale">
      {(['year', 'month'] as const).map((s) => (
        <a key={s} href={href(s)} aria-current={s === current ? 'true' : undefined}>{s === 'year' ? 'Years' : 'Months'}</a>
      ))}
    </nav>
  );
}

function Apart({ title, events, note }: { title: string; events: EventRow[]; note: string }) {
  if (events.length === 0) return null;
  return (
    <details class="timeline-apart">
      <summary>{title} <span class="count">{events.length}</span></summary>
      <p class="facet-note">{note}</p>
      <ul>
        {events.map((e) => (
          <li key={e.id}>
            <span class="event-date">{formatDate(e.date)}</span> <span class="badge">{e.type.replaceAll('_', ' ')}</span>{' '}
            <a href={documentHref(e.documentId, e.span[0])}>{e.summary}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
