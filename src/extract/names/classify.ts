// Types one capitalised chunk: titled person ("U.S. Ambassador John Ordway" -> place U.S. + person
// John Ordway with title "ambassador"), organization or group by head words, place by gazetteer,
// media by the outlet list, acronyms; unknown chunks are returned as such for the NER to decide.
import type { Token } from '../context.ts';
import type { Mention } from '../state.ts';
import { lookupPlace } from '../lexicon/gazetteer.ts';
import { words } from '../lexicon/words.ts';

export interface Classified extends Mention { unknown?: boolean }

const span = (tokens: readonly Token[], text: string): { start: number; end: number; name: string } => {
  const start = tokens[0]!.start;
  const end = tokens.at(-1)!.end;
  return { start, end, name: text.slice(start, end) };
};
const ACRONYM = /^(?:[A-Z]{2,7}|[A-Z](?:\.[A-Z])+\.?)$/;
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'into', 'across', 'toward', 'towards', 'via']);

export interface ClassifyOptions { text: string; dominant: string | null; before: Token | undefined; sentenceStart: boolean }

/** Splits a leading title off a person chunk; returns null when the chunk carries no title. */
function splitTitle(tokens: readonly Token[]): { qualifier: Token[]; title: Token[]; name: Token[] } | null {
  const w = words();
  let head = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (w.titleHeads.has(tokens[i]!.text.toLowerCase())) head = i;
  if (head < 0) return null;
  const name = tokens.slice(head + 1);
  if (name.length > 4 || name.some((t) => w.orgHeads.has(t.text) || ACRONYM.test(t.text))) return null;
  let first = head;
  while (first > 0 && w.titleWords.has(tokens[first - 1]!.text.toLowerCase())) first--;
  return { qualifier: tokens.slice(0, first), title: tokens.slice(first, head + 1), name };
}

/** "deputy defense minister lt.-general" -> titles ["deputy defense minister"], ranks ["lt.-general"]. */
export function splitRanks(title: string): { titles: string[]; ranks: string[] } {
  const { ranks, titles } = words();
  if (titles.has(title)) return { titles: [title], ranks: [] };
  const parts = title.split(/\s+/);
  for (let k = 1; k < parts.length; k++) {
    const tail = parts.slice(k).join(' ');
    if (ranks.has(tail)) return { titles: [parts.slice(0, k).join(' ')], ranks: [tail] };
  }
  return ranks.has(title) ? { titles: [title], ranks: [title] } : { titles: [title], ranks: [] };
}

function placeFor(name: string, o: ClassifyOptions, single: boolean): Mention['place'] | null {
  const locative = o.before !== undefined && LOCATIVE.has(o.before.text.toLowerCase());
  const min = locative ? 1000 : o.sentenceStart ? 50000 : single ? 5000 : 1000;
  return lookupPlace(name, o.dominant, min) ?? null;
}

function classifyPlain(tokens: Token[], o: ClassifyOptions): Classified[] {
  const w = words();
  const s = span(tokens, o.text);
  const stripped = s.name.includes('-') ? s.name.replace(/-(?:style|type|era|based|led|backed)$/, '') : s.name;
  if (stripped !== s.name) return classifyPlain(tokens.length === 1 ? [{ ...tokens[0]!, text: stripped, end: tokens[0]!.start + stripped.length }] : tokens.slice(0, -1), o);
  if (w.notEntities.has(s.name) || tokens.every((t) => w.notEntities.has(t.text))) return [];
  if (w.legal.has(tokens.at(-1)!.text) || w.legal.has(tokens[0]!.text)) return [];
  if (w.media.has(s.name)) return [{ ...s, type: 'media', confidence: 0.9 }];
  if (w.groups.has(s.name)) return [{ ...s, type: 'group', confidence: 0.9 }];
  if (w.bodies.has(s.name)) return [{ ...s, type: 'organization', confidence: 0.9 }];
  if (tokens.length === 1 && w.demonyms.has(s.name)) return [];
  const place = placeFor(s.name, o, tokens.length === 1);
  if (place) return [{ ...s, type: 'place', confidence: 0.9, place }];
  if (tokens.some((t) => w.groupHeads.has(t.text))) return [{ ...s, type: 'group', confidence: 0.8 }];
  if (tokens.some((t) => w.orgHeads.has(t.text))) {
    // "Azerbaijani Defense Ministry" is also called "Defense Ministry" in the same report.
    const bare = tokens.length > 2 && w.demonyms.has(tokens[0]!.text) ? o.text.slice(tokens[1]!.start, s.end) : null;
    return [{ ...s, type: 'organization', confidence: 0.85, ...(bare ? { aliases: [bare] } : {}) }];
  }
  if (tokens.length === 1 && ACRONYM.test(s.name) && s.name.replace(/\./g, '').length >= 3) return [{ ...s, type: 'organization', confidence: 0.6 }];
  if (tokens.length > 1 && w.demonyms.has(tokens[0]!.text)) return classifyPlain(tokens.slice(1), { ...o, before: tokens[0] });
  return [{ ...s, type: 'person', confidence: 0.3, unknown: true }];
}

/** "Mr McConnell" -> "McConnell": honorifics are neither names nor roles. */
function dropHonorific(tokens: Token[]): Token[] {
  const h = words().honorifics;
  return tokens.length > 1 && h.has(tokens[0]!.text.toLowerCase()) ? tokens.slice(1) : tokens;
}

/** The mentions a chunk stands for (possibly none, possibly several). */
export function classifyChunk(chunk: Token[], o: ClassifyOptions): Classified[] {
  const tokens = dropHonorific(chunk);
  if (tokens !== chunk) return classifyPlain(tokens, o).map((m) => (m.unknown ? { ...m, type: 'person', confidence: 0.7, unknown: false } : m));
  const titled = splitTitle(tokens);
  if (!titled) return classifyPlain(tokens, o);
  const out: Classified[] = [];
  let titleCountry: string | null = null;
  if (titled.qualifier.length) {
    const q = span(titled.qualifier, o.text).name;
    titleCountry = words().demonyms.get(q) ?? lookupPlace(q)?.country ?? null;
    out.push(...classifyPlain(titled.qualifier, o));
  }
  const title = span(titled.title, o.text).name.toLowerCase();
  const { titles, ranks } = splitRanks(title);
  out.push({ ...span(titled.name, o.text), type: 'person', confidence: 0.9, titles, ranks, titleCountry });
  return out;
}
