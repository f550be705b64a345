// Step 10: direct quotes and their speakers. “...,” lamented Dzhanburchin / Minister X explained
// that ... “...” / X has offered his view: “...”. Short scare quotes (“propaganda”) are not quotes.
// Speaker = entity id of the person named beside a speech verb; citations = those right after.
import type { ExtractContext } from '../context.ts';
import type { Quote } from '../../model/index.ts';
import type { Mention, PipelineState } from '../state.ts';
import { words } from '../lexicon/words.ts';

const PAIRS = /“([^“”]{1,3000})”|"([^"\n]{1,3000})"/g;
const MIN_WORDS = 5;

function hasSpeechVerb(between: string): boolean {
  const verbs = words().speechVerbs;
  return between.split(/[^\p{L}]+/u).some((w) => verbs.has(w.toLowerCase()));
}

function speakerAfter(text: string, end: number, people: readonly Mention[]): Mention | null {
  const m = people.find((p) => p.start > end && p.start - end < 60);
  if (!m) return null;
  const between = text.slice(end, m.start);
  if (/[.!?]\s|\n/.test(between)) return null;
  const after = /^\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? '';
  return hasSpeechVerb(between) || words().speechVerbs.has(after.toLowerCase()) ? m : null;
}

function speakerBefore(text: string, start: number, people: readonly Mention[], sentenceStart: number): Mention | null {
  const m = people.filter((p) => p.end <= start && p.start >= sentenceStart).at(-1);
  if (!m) return null;
  const between = text.slice(m.end, start);
  return hasSpeechVerb(between) || /:\s*$/.test(between) ? m : null;
}

const PRONOUN_SAID = /^[\s,]*(?:(?:he|she)\s+(\p{L}+)|(\p{L}+)\s+(?:he|she)\b)/iu;

/** “...,” he said: the speaker is the person last named before the quote in its paragraph. */
function speakerByPronoun(text: string, start: number, end: number, people: readonly Mention[]): Mention | null {
  const m = PRONOUN_SAID.exec(text.slice(end, end + 30));
  const verb = m ? (m[1] ?? m[2])! : '';
  if (!m || !words().speechVerbs.has(verb.toLowerCase())) return null;
  const paragraph = text.lastIndexOf('\n', start - 1);
  return people.filter((p) => p.end <= start && p.start > paragraph).at(-1) ?? null;
}

export function extractQuotesStep(ctx: ExtractContext, state: PipelineState): void {
  const people = state.mentions.filter((m) => m.type === 'person').sort((a, b) => a.start - b.start);
  const found: { start: number; end: number; inner: string }[] = [];
  PAIRS.lastIndex = 0;
  for (let m = PAIRS.exec(ctx.text); m; m = PAIRS.exec(ctx.text)) {
    const inner = (m[1] ?? m[2])!;
    if (inner.trim().split(/\s+/).length >= MIN_WORDS) found.push({ start: m.index, end: m.index + m[0].length, inner });
  }
  found.forEach((q, k) => {
    const sentence = ctx.sentences.find((s) => s.start <= q.start && q.start < s.end);
    const speaker = speakerAfter(ctx.text, q.end, people) ?? speakerBefore(ctx.text, q.start, people, sentence?.start ?? q.start)
      ?? speakerByPronoun(ctx.text, q.start, q.end, people);
    const paragraphEnd = ctx.text.indexOf('\n', q.end);
    const limit = Math.min(found[k + 1]?.start ?? Infinity, paragraphEnd < 0 ? Infinity : paragraphEnd, q.end + 200);
    const citations = ctx.citations.filter((c) => c.span[0] >= q.end && c.span[0] < limit).slice(0, 1).map((c) => c.id);
    const quote: Quote = { speaker: speaker ? state.entityOf.get(speaker) ?? null : null, text: q.inner.trim(), span: [q.start, q.end], citations };
    ctx.quotes.push(quote);
  });
}
