// "Show in text" for a fact in the side lists: outlines the passage it was extracted from.
import type { Span } from '../api/types.ts';

export interface PassageControl {
  passage: Span | null;
  onShow: (span: Span | null) => void;
}

export function PassageButton({ span, control }: { span: Span; control: PassageControl }) {
  const shown = control.passage?.[0] === span[0] && control.passage[1] === span[1];
  return (
    <button type="button" class="link-button passage-button" aria-pressed={shown} onClick={() => control.onShow(shown ? null : span)}>
      {shown ? 'Hide in text' : 'Show in text'}
    </button>
  );
}

/** The span of the fact (transfer, event, citation, quote) that starts at `offset`, if any. */
export function factSpanAt(record: { transfers: { span: Span }[]; events: { span: Span }[]; citations: { span: Span }[]; quotes: { span: Span }[] }, offset: number): Span | null {
  const facts = [...record.transfers, ...record.events, ...record.citations, ...record.quotes];
  return facts.find((f) => f.span[0] === offset)?.span ?? null;
}
