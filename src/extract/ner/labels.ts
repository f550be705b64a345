// The BILOU label set the tagger predicts (begin, inside, last, unit-length), the transition constraint
// (I-X and L-X only continue B-X or I-X), and conversion between label sequences and entity spans.

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Label ids: 0 = O, then per type t: 1 + 4t = B, 2 + 4t = I, 3 + 4t = L, 4 + 4t = U. */
export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;
const PREFIXES = ['B', 'I', 'L', 'U'] as const;
export const O = 0;

export interface LabelledSpan { start: number; end: number; type: EntityType }

export function labelName(label: number): string {
  if (label === O) return 'O';
  return `${PREFIXES[(label - 1) & 3] as string}-${ENTITY_TYPES[(label - 1) >> 2] as EntityType}`;
}

export function beginLabel(typeIndex: number): number { return 1 + 4 * typeIndex; }
export function insideLabel(typeIndex: number): number { return 2 + 4 * typeIndex; }
export function lastLabel(typeIndex: number): number { return 3 + 4 * typeIndex; }
export function unitLabel(typeIndex: number): number { return 4 + 4 * typeIndex; }
/** I-X or L-X: a label that continues an open entity. */
export function isInside(label: number): boolean { return label !== O && ((label - 1) & 3) !== 0 && ((label - 1) & 3) !== 3; }
/** B-X or I-X: a label after which the entity may go on. */
export function isOpen(label: number): boolean { return label !== O && ((label - 1) & 3) < 2; }
/** Entity type index of a label, or -1 for O. */
export function typeOf(label: number): number { return label === O ? -1 : (label - 1) >> 2; }

/**
 * Whether `label` may follow `previous` (O at sentence start): I-X and L-X only continue B-X or I-X.
 * An open B-X/I-X may still be followed by anything else (greedy decoding cannot look ahead).
 */
export function isAllowed(previous: number, label: number): boolean {
  return !isInside(label) || (isOpen(previous) && typeOf(previous) === typeOf(label));
}

/**
 * Proper BILOU order, which beam decoding can afford: an open B-X/I-X is followed only by I-X or L-X,
 * anything else only by O, B or U, and a sentence does not end on an open label.
 */
export function followsStrictly(previous: number, label: number, last: boolean): boolean {
  if (last && isOpen(label)) return false;
  if (isOpen(previous)) return isInside(label) && typeOf(label) === typeOf(previous);
  return !isInside(label);
}

/** Spans [start, end) read from a valid BILOU label sequence (an unclosed B-X or I-X ends its span). */
export function spansFromLabels(labels: ArrayLike<number>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let open: LabelledSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as number;
    if (open && isInside(label) && typeOf(label) === ENTITY_TYPES.indexOf(open.type)) {
      open.end = i + 1;
      if (!isOpen(label)) { spans.push(open); open = null; }
      continue;
    }
    if (open) spans.push(open);
    open = label === O ? null : { start: i, end: i + 1, type: ENTITY_TYPES[typeOf(label)] as EntityType };
    if (open && !isOpen(label)) { spans.push(open); open = null; }
  }
  if (open) spans.push(open);
  return spans;
}

/** BILOU label ids for spans over a sentence of `length` tokens. */
export function labelsFromSpans(spans: readonly LabelledSpan[], length: number): Uint8Array {
  const labels = new Uint8Array(length);
  for (const span of spans) {
    const t = ENTITY_TYPES.indexOf(span.type);
    if (span.end - span.start === 1) { labels[span.start] = unitLabel(t); continue; }
    labels[span.start] = beginLabel(t);
    for (let i = span.start + 1; i < span.end - 1; i++) labels[i] = insideLabel(t);
    labels[span.end - 1] = lastLabel(t);
  }
  return labels;
}
