// The timeline chart: one lane per event type, periods along the axis, a mark per cell sized by
// its events. A single event's mark opens its passage; a fuller one narrows to that period and
// type. Dragging across the plot, or arrows then Enter on the focused plot, filters to a range.
import { useState } from 'preact/hooks';
import type { EventRow } from '../api/types.ts';
import { documentHref } from '../router/routes.ts';
import { formatDate } from '../shell/format.ts';
import type { TimelineModel } from './timeline-bins.ts';
import { useWidth } from './use-width.ts';

export const LANE_H = 30;
const AXIS_H = 26;
const MIN_BIN = 8;

interface Props {
  model: TimelineModel;
  /** The type filter in force ('' for all). */
  type: string;
  /** Where a lane's label leads: that type alone, or all types again. */
  laneHref(type: string): string;
  /** Where a mark of several events leads: that period and type. */
  cellHref(type: string, period: string): string;
  onRange(from: string, to: string): void;
}

interface Brush { anchor: number; head: number }

const cellTitle = (events: EventRow[], period: string) => events.length === 1
  ? `${formatDate(events[0]?.date)}: ${events[0]?.summary ?? ''}`
  : `${events.length} ${events[0]?.type.replaceAll('_', ' ')} events in ${formatDate(period)}`;

export function TimelineChart({ model, type, laneHref, cellHref, onRange }: Props) {
  const [box, available] = useWidth<HTMLDivElement>(720);
  const [brush, setBrush] = useState<Brush | null>(null);
  const [cursor, setCursor] = useState(0);
  const n = model.periods.length;
  const bin = Math.max(MIN_BIN, available / Math.max(n, 1));
  const width = Math.max(available, n * bin);
  const height = model.lanes.length * LANE_H + AXIS_H;
  const indexAt = (clientX: number, svg: Element) => Math.min(n - 1, Math.max(0, Math.floor((clientX - svg.getBoundingClientRect().left) / bin)));
  const apply = (b: Brush) => {
    const [lo, hi] = [Math.min(b.anchor, b.head), Math.max(b.anchor, b.head)];
    setBrush(null);
    onRange(model.periods[lo] ?? '', model.periods[hi] ?? '');
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: cursor - 1, ArrowRight: cursor + 1, Home: 0, End: n - 1, PageUp: cursor - 10, PageDown: cursor + 10 };
    if (e.key in moves) {
      e.preventDefault();
      const next = Math.min(n - 1, Math.max(0, moves[e.key] ?? cursor));
      setCursor(next);
      setBrush(e.shiftKey ? { anchor: brush?.anchor ?? cursor, head: next } : null);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      apply(brush ?? { anchor: cursor, head: cursor });
    } else if (e.key === 'Escape') setBrush(null);
  };
  const shown = brush ?? null;
  const period = model.periods[cursor] ?? '';
  const atCursor = model.lanes.reduce((s, l) => s + (model.cells.get(`${l.type}|${period}`)?.length ?? 0), 0);
  return (
    <div class="timeline-chart">
      <ul class="timeline-lanes" aria-label="Timeline lanes">
        {model.lanes.map((l) => (
          <li key={l.type} style={{ height: `${LANE_H}px` }}>
            <a href={laneHref(l.type === type ? '' : l.type)} aria-current={l.type === type ? 'true' : undefined} title={l.type === type ? 'Show all types' : `Only ${l.type.replaceAll('_', ' ')}`}>
              {l.type.replaceAll('_', ' ')} <span class="count">{l.count}</span>
            </a>
          </li>
        ))}
      </ul>
      <div class="timeline-scroll" ref={box}>
        <svg
          class="timeline-plot" width={width} height={height} role="group" tabindex={0}
          aria-label={`Timeline of events by ${model.scale}, ${formatDate(model.periods[0])} – ${formatDate(model.periods.at(-1))}`}
          aria-describedby="timeline-help" onKeyDown={onKey}
          onPointerDown={(e) => {
            if ((e.target as Element).closest('a')) return;
            const i = indexAt(e.clientX, e.currentTarget);
            e.currentTarget.setPointerCapture(e.pointerId);
            setCursor(i);
            setBrush({ anchor: i, head: i });
          }}
          onPointerMove={(e) => { if (brush && e.buttons === 1) setBrush({ ...brush, head: indexAt(e.clientX, e.currentTarget) }); }}
          onPointerUp={() => { if (brush) apply(brush); }}
        >
          {model.lanes.map((l, i) => <rect key={l.type} class={i % 2 ? 'lane lane-odd' : 'lane'} x={0} y={i * LANE_H} width={width} height={LANE_H} />)}
          <rect class="timeline-cursor" x={cursor * bin} y={0} width={bin} height={height - AXIS_H} />
          {shown && (
            <rect class="timeline-brush" x={Math.min(shown.anchor, shown.head) * bin} y={0} width={(Math.abs(shown.head - shown.anchor) + 1) * bin} height={height - AXIS_H} />
          )}
          <Marks model={model} bin={bin} cellHref={cellHref} />
          <Axis model={model} bin={bin} y={height - AXIS_H} />
        </svg>
      </div>
      <p id="timeline-help" class="visually-hidden">Left and right arrows move between periods, Shift with an arrow selects a range, Enter shows the selection.</p>
      <p class="visually-hidden" aria-live="polite">{formatDate(period)}: {atCursor} events{shown ? `, selecting ${formatDate(model.periods[Math.min(shown.anchor, shown.head)])} to ${formatDate(model.periods[Math.max(shown.anchor, shown.head)])}` : ''}</p>
    </div>
  );
}

function Marks({ model, bin, cellHref }: { model: TimelineModel; bin: number; cellHref: Props['cellHref'] }) {
  // Marks may overlap a neighbouring period a little on a crowded axis; too small to see or hit is worse.
  const maxR = Math.min(LANE_H / 2 - 2, Math.max(6, bin / 2));
  return (
    <g class="timeline-marks">
      {model.lanes.flatMap((l, lane) => model.periods.map((p, i) => {
        const events = model.cells.get(`${l.type}|${p}`);
        if (!events) return null;
        const r = Math.max(3.5, maxR * Math.sqrt(events.length / Math.max(model.fullest, 1)));
        const first = events[0] as EventRow;
        const href = events.length === 1 ? documentHref(first.documentId, first.span[0]) : cellHref(l.type, p);
        return (
          <a key={`${l.type}|${p}`} href={href} tabindex={-1} class={`timeline-mark ev-${l.type}`} data-count={events.length}>
            <title>{cellTitle(events, p)}</title>
            <circle cx={i * bin + bin / 2} cy={lane * LANE_H + LANE_H / 2} r={r} />
            {events.length > 1 && r >= 7 && <text x={i * bin + bin / 2} y={lane * LANE_H + LANE_H / 2 + 3.5} text-anchor="middle">{events.length}</text>}
          </a>
        );
      }))}
    </g>
  );
}

function Axis({ model, bin, y }: { model: TimelineModel; bin: number; y: number }) {
  const every = Math.max(1, Math.ceil(56 / bin));
  const label = (p: string) => (model.scale === 'year' ? p : p.endsWith('-01') || bin >= 40 ? formatDate(p) : '');
  return (
    <g class="timeline-axis">
      <line x1={0} x2={model.periods.length * bin} y1={y} y2={y} />
      {model.periods.map((p, i) => {
        const text = model.scale === 'year' ? (i % every === 0 ? label(p) : '') : (i % every === 0 || p.endsWith('-01') ? label(p) : '');
        // A label starting near the right edge would be cut off.
        return text && i * bin < model.periods.length * bin - 34 && <text key={p} x={i * bin + 2} y={y + 16}>{text}</text>;
      })}
    </g>
  );
}
