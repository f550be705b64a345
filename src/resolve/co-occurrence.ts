// co-occurs facts: members named in the same sentence (label "sentence") or, failing that, in the
// same paragraph (label "paragraph"), each with the span of that sentence or paragraph.

import type { ExtractionRecord, Span } from '../model/index.ts';
import { sentenceSpans } from './sentences.ts';
import type { DocumentMember, RelationFact } from './types.ts';

const inside = (span: Span, outer: Span): boolean => span[0] >= outer[0] && span[1] <= outer[1];

/** `[start, end)` of each paragraph: text between blank lines or line breaks. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim() !== '') spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return spans;
}

function pairsWithin(members: readonly DocumentMember[], block: Span): [DocumentMember, DocumentMember][] {
  const here = members.filter((m) => m.type !== 'equipment' && m.mentions.some((s) => inside(s, block)));
  const pairs: [DocumentMember, DocumentMember][] = [];
  for (let i = 0; i < here.length; i++) {
    for (let j = i + 1; j < here.length; j++) {
      const a = here[i] as DocumentMember;
      const b = here[j] as DocumentMember;
      pairs.push(a.key < b.key ? [a, b] : [b, a]);
    }
  }
  return pairs;
}

/** Sentence co-occurrences, then paragraph co-occurrences of pairs no sentence joins. */
export function coOccurrenceFacts(record: ExtractionRecord, members: readonly DocumentMember[]): RelationFact[] {
  const document = record.document.id;
  const facts: RelationFact[] = [];
  const inSentence = new Set<string>();
  for (const sentence of sentenceSpans(record.document.text)) {
    for (const [a, b] of pairsWithin(members, sentence)) {
      inSentence.add(`${a.key}\n${b.key}`);
      facts.push({ kind: 'co-occurs', from: a.key, to: b.key, document, spans: [sentence], sources: [], label: 'sentence' });
    }
  }
  for (const paragraph of paragraphSpans(record.document.text)) {
    for (const [a, b] of pairsWithin(members, paragraph)) {
      if (inSentence.has(`${a.key}\n${b.key}`)) continue;
      facts.push({ kind: 'co-occurs', from: a.key, to: b.key, document, spans: [paragraph], sources: [], label: 'paragraph' });
    }
  }
  return facts;
}
