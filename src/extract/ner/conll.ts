// Parses CoNLL-2003 files (word POS chunk NER, IOB1 tags) into documents of sentences with gold spans.
// Documents are split on -DOCSTART- lines; IOB1 "I-X" opens a span unless it continues one of type X.

import { ENTITY_TYPES, type EntityType, type LabelledSpan } from './labels.ts';

export interface ConllSentence { tokens: string[]; spans: LabelledSpan[] }
export type ConllDocument = ConllSentence[];

function spansFromIob1(tags: readonly string[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let open: LabelledSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tag.slice(2) as EntityType;
    if (open && tag.startsWith('I-') && open.type === type) { open.end = i + 1; return; }
    if (open) spans.push(open);
    open = tag !== 'O' && ENTITY_TYPES.includes(type) ? { start: i, end: i + 1, type } : null;
  });
  if (open) spans.push(open);
  return spans;
}

/** Documents of a CoNLL-2003 file's text; empty documents are dropped. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) doc.push({ tokens: words, spans: spansFromIob1(tags) });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
    } else if (cols.length < 2 || cols[0] === '') {
      endSentence();
    } else {
      words.push(cols[0] as string);
      tags.push(cols[cols.length - 1] as string);
    }
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}
