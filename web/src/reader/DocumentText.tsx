// The document body with entity mentions and amounts highlighted. Each highlight is a <mark>
// whose class names its type and whose title gives type and canonical name on hover. A focused
// passage (a transfer, event, citation or quote chosen in the side lists) is outlined.
import { useMemo } from 'preact/hooks';
import type { EntityType, ExtractionRecord, Span } from '../api/types.ts';
import { ENTITY_TYPE_LABELS } from './entity-types.ts';
import { segmentText, type Highlight } from './highlight-segments.ts';

type Mark =
  | { kind: 'entity'; id: string; type: EntityType; name: string }
  | { kind: 'amount'; label: string };

interface Props {
  text: string;
  record: ExtractionRecord | null;
  hidden: ReadonlySet<EntityType>;
  selected: string | null;
  passage: Span | null;
}

export function DocumentText({ text, record, hidden, selected, passage }: Props) {
  const paragraphs = useMemo(
    () => segmentText(text, collectMarks(record, hidden), passage ?? []),
    [text, record, hidden, passage],
  );
  const inPassage = (start: number) => passage !== null && start >= passage[0] && start < passage[1];
  return (
    <div class="doc-text">
      {paragraphs.map((runs) => (
        <p key={runs[0]?.start}>
          {runs.map((run) => {
            const mark = run.highlight;
            const focus = inPassage(run.start) ? ' passage' : '';
            if (!mark) return focus ? <span key={run.start} class="passage">{run.text}</span> : run.text;
            if (mark.kind === 'amount') {
              return <mark key={run.start} class={`ent ent-amount${focus}`} data-start={run.start} title={mark.label}>{run.text}</mark>;
            }
            const cls = `ent ent-${mark.type}${selected === mark.id ? ' ent-selected' : ''}${focus}`;
            return (
              <mark key={run.start} class={cls} data-entity={mark.id} data-start={run.start} title={`${ENTITY_TYPE_LABELS[mark.type].one}: ${mark.name}`}>
                {run.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

function collectMarks(record: ExtractionRecord | null, hidden: ReadonlySet<EntityType>): Highlight<Mark>[] {
  if (!record) return [];
  const marks: Highlight<Mark>[] = [];
  for (const e of record.entities) {
    if (hidden.has(e.type)) continue;
    for (const span of e.mentions) marks.push({ span, data: { kind: 'entity', id: e.id, type: e.type, name: e.name } });
  }
  for (const a of record.amounts) {
    const usd = a.usd !== null && a.currency !== 'USD' ? ` ≈ US$${a.usd.toLocaleString('en-US')}` : '';
    marks.push({ span: a.span, data: { kind: 'amount', label: `Amount: ${a.value.toLocaleString('en-US')} ${a.currency}${usd}` } });
  }
  return marks;
}

/** Brings the outlined passage into view. */
export function revealPassage(): void {
  document.querySelector('.doc-text .passage')?.scrollIntoView({ block: 'center' });
}

/** Scrolls to the highlight starting at `offset` (a mention linked from elsewhere) and flashes it. */
export function revealMention(offset: number): void {
  const el = document.querySelector<HTMLElement>(`.doc-text mark[data-start="${offset}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.remove('ent-flash');
  void el.offsetWidth; // restart the animation when the same mention is revealed twice
  el.classList.add('ent-flash');
}
