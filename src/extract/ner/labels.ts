// The BIO label set the tagger predicts, the transition constraint (no I-X unless after B-X/I-X),
// and conversion between label sequences and entity spans.

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Label ids: 0 = O, 1 + 2t = B-type t, 2 + 2t = I-type t. */
export const LABEL_COUNT = 1 + 2 * ENTITY_TYPES.length;
export const O = 0;

export interface LabelledSpan { start: number; end: number; type: EntityType }

export function labelName(label: number): string {
  if (label === O) return 'O';
  const type = ENTITY_TYPES[(label - 1) >> 1] as EntityType;
  return ((label - 1) & 1) === 0 ? `B-${type}` : `I-${type}`;
}

export function beginLabel(typeIndex: number): number { return 1 + 2 * typeIndex; }
export function insideLabel(typeIndex: number): number { return 2 + 2 * typeIndex; }
export function isInside(label: number): boolean { return label !== O && ((label - 1) & 1) === 1; }
/** Entity type index of a label, or -1 for O. */
export function typeOf(label: number): number { return label === O ? -1 : (label - 1) >> 1; }

/** Whether `label` may follow `previous` (O at sentence start): I-X only continues B-X or I-X. */
export function isAllowed(previous: number, label: number): boolean {
  return !isInside(label) || (previous !== O && typeOf(previous) === typeOf(label));
}

/** Spans [start, end) read from a valid BIO label sequence. */
export function spansFromLabels(labels: ArrayLike<number>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let open: LabelledSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as number;
    if (open && isInside(label) && typeOf(label) === ENTITY_TYPES.indexOf(open.type)) {
      open.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = label === O ? null : { start: i, end: i + 1, type: ENTITY_TYPES[typeOf(label)] as EntityType };
  }
  if (open) spans.push(open);
  return spans;
}

/** BIO label ids for spans over a sentence of `length` tokens. */
export function labelsFromSpans(spans: readonly LabelledSpan[], length: number): Uint8Array {
  const labels = new Uint8Array(length);
  for (const span of spans) {
    const t = ENTITY_TYPES.indexOf(span.type);
    labels[span.start] = beginLabel(t);
    for (let i = span.start + 1; i < span.end; i++) labels[i] = insideLabel(t);
  }
  return labels;
}
