// Settles chunks the rules could not type: a surname of a titled person ("Ordway"), a name followed
// by an apposed title ("Kozy-Korpesh Dzhanburchin, deputy defense minister") or by a speech verb,
// and whatever the NER model labels. The rest is dropped rather than guessed.
import type { ExtractContext } from '../context.ts';
import type { Mention } from '../state.ts';
import type { Classified } from './classify.ts';
import { words } from '../lexicon/words.ts';

const APPOSED = /^,\s+(?:the\s+|a\s+)?([a-z][a-z.\s-]{0,80})/;

/** The title apposed after a name: ", deputy defense minister for economics" -> "deputy defense minister". */
export function apposedTitle(text: string, end: number): string | null {
  const m = APPOSED.exec(text.slice(end, end + 90));
  if (!m) return null;
  const w = words();
  const parts = m[1]!.split(/\s+/);
  let best: string | null = null;
  for (let k = 0; k < parts.length && w.titleWords.has(parts[k]!); k++) {
    if (w.titleHeads.has(parts[k]!)) best = parts.slice(0, k + 1).join(' ');
  }
  return best;
}

/** A lowercase title right before a name: "defense minister Mukhtar Altynbayev" -> "defense minister". */
export function precedingTitle(text: string, start: number): string | null {
  // Walk back over lowercase words (a backward regex scan is slow on every name).
  const parts = text.slice(Math.max(0, start - 80), start).split(/\s+/);
  if (parts.at(-1) === '') parts.pop();
  const w = words();
  if (!parts.length || !w.titleHeads.has(parts.at(-1)!)) return null;
  let first = parts.length - 1;
  while (first > 0 && w.titleWords.has(parts[first - 1]!)) first--;
  return parts.slice(first).join(' ');
}

function followedBySpeech(text: string, end: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 30));
  return !!next && words().speechVerbs.has(next[1]!.toLowerCase());
}

export function resolveUnknowns(found: readonly Classified[], ctx: ExtractContext): Mention[] {
  const out: Mention[] = [];
  const surnames = new Set<string>();
  const pending: Classified[] = [];
  for (const m of found) {
    if (!m.unknown) {
      const title = m.type === 'person' && !m.titles ? apposedTitle(ctx.text, m.end) ?? precedingTitle(ctx.text, m.start) : null;
      out.push(title ? { ...m, titles: [title] } : m);
      if (m.type === 'person' && (m.titles || title || /\s/.test(m.name))) surnames.add(m.name.split(/\s+/).at(-1)!);
      continue;
    }
    const title = apposedTitle(ctx.text, m.end) ?? precedingTitle(ctx.text, m.start);
    const multi = /\s/.test(m.name);
    if (multi && (title || followedBySpeech(ctx.text, m.end))) {
      const { unknown: _u, ...rest } = m;
      out.push({ ...rest, confidence: 0.7, ...(title ? { titles: [title] } : {}) });
      surnames.add(m.name.split(/\s+/).at(-1)!);
    } else pending.push(m);
  }
  for (const m of pending) {
    if (surnames.has(m.name) || surnames.has(m.name.split(/\s+/).at(-1)!)) {
      const { unknown: _u, ...rest } = m;
      out.push({ ...rest, confidence: 0.6 });
    }
  }
  // "the Nazarbayev family": a surname of a person named in the document is that person, whatever the
  // model guessed, unless the gazetteer knows the place.
  return out.map((m) => (m.type !== 'person' && !m.place && !m.titles && surnames.has(m.name) && !/\s/.test(m.name)
    ? { ...m, type: 'person' as const, confidence: 0.6 } : m));
}
