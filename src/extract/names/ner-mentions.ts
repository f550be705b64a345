// Runs the statistical NER (../ner) over the sentences and turns its spans into character-offset
// mentions: PER -> person, ORG -> organization, LOC -> place (geocoded when the gazetteer knows it).
// MISC is mostly nationalities and events; it is kept out, as are demonyms and non-entity words.
import type { ExtractContext, Sentence } from '../context.ts';
import { loadNerModel, type NerLabel } from '../ner/index.ts';
import { lookupPlace } from '../lexicon/gazetteer.ts';
import { words } from '../lexicon/words.ts';
import type { Classified } from './classify.ts';

export interface NerMention { start: number; end: number; label: NerLabel; confidence: number; name: string }

// A model that fails to load fails once per process, not once per document.
let loadError: string | null = null;

/**
 * NER spans of the document as character offsets; empty (with a warning) when no model loads.
 * Only the sentences `needed` are tagged: where the rules typed every name, the model adds nothing.
 */
export function tagNames(ctx: ExtractContext, needed: (s: Sentence) => boolean): NerMention[] {
  let model;
  try { if (loadError === null) model = loadNerModel(); } catch (e) { loadError = e instanceof Error ? e.message : String(e); }
  if (!model) {
    ctx.warnings.push(`NER model unavailable, rules only: ${loadError}`);
    return [];
  }
  const tagged = ctx.sentences.filter(needed);
  const spans = model.tagDocument(tagged.map((s) => s.tokens.map((t) => t.text)));
  const out: NerMention[] = [];
  spans.forEach((list, k) => {
    const tokens = tagged[k]!.tokens;
    for (const s of list) {
      const start = tokens[s.start]!.start;
      const end = tokens[s.end - 1]!.end;
      out.push({ start, end, label: s.label, confidence: s.confidence, name: ctx.text.slice(start, end) });
    }
  });
  return out;
}

/** The mention a NER span stands for, or null (MISC, demonyms, words that are never names). */
export function fromNer(n: NerMention, dominant: string | null): Classified | null {
  const w = words();
  const name = n.name.replace(/^(?:the|The)\s+/, '').replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, '');
  const start = n.end - name.length;
  if (w.notEntities.has(name) || w.demonyms.has(name) || w.functionWords.has(name.toLowerCase())) return null;
  if (!/^[\p{Lu}\d]/u.test(name)) return null;
  const base = { start, end: n.end, name, confidence: Math.min(0.85, n.confidence) };
  switch (n.label) {
    case 'PER': return { ...base, type: 'person' };
    case 'ORG': return { ...base, type: w.media.has(name) ? 'media' : w.groups.has(name) ? 'group' : 'organization' };
    case 'LOC': {
      const place = lookupPlace(name, dominant);
      return place ? { ...base, type: 'place', place } : { ...base, type: 'place' };
    }
    default: return null;
  }
}
