// CAMEO coding of a verb in context, from data/lexicon/cameo-verbs.json (built from the PETRARCH2
// dictionaries by scripts/build-verb-lexicon.ts): the verb's code, refined by the object it takes.

import { readFileSync } from 'node:fs';

interface VerbBlock {
  code: string | null;
  patterns: { words: string[][]; code: string }[];
}

export interface CameoVerbs {
  forms: Record<string, [number, string | null]>;
  blocks: VerbBlock[];
}

let cached: CameoVerbs | null = null;

/** Reads a verb lexicon built by scripts/build-verb-lexicon.ts (by default Lantern's own). */
export function readCameoVerbs(file: URL | string = new URL('../../../data/lexicon/cameo-verbs.json', import.meta.url)): CameoVerbs {
  return JSON.parse(readFileSync(file, 'utf8')) as CameoVerbs;
}

function cameoVerbs(): CameoVerbs {
  cached ??= readCameoVerbs();
  return cached;
}

const singular = (w: string): string => w.replace(/(ies)$/, 'y').replace(/(?<!s)s$/, '');

/** At most this many words may come before a pattern's first word, and between its words. */
const MAX_GAP = 3;

/** A pattern with every option split into words and singularised once, not at every comparison. */
interface CompiledPattern { options: string[][][]; length: number; code: string }

const compiledBlocks = new WeakMap<VerbBlock, CompiledPattern[]>();

function compiledPatterns(block: VerbBlock): CompiledPattern[] {
  let compiled = compiledBlocks.get(block);
  if (compiled === undefined) {
    compiled = block.patterns.map((p) => ({
      options: p.words.map((options) => options.map((o) => o.split(' ').map(singular))),
      length: p.words.length,
      code: p.code,
    }));
    compiledBlocks.set(block, compiled);
  }
  return compiled;
}

/** Does the pattern's word sequence occur, in order and close together, in `words` (singularised)? */
function occursInOrder(pattern: string[][][], words: string[]): boolean {
  let at = 0;
  for (const options of pattern) {
    let found = -1;
    const last = Math.min(words.length, at + MAX_GAP + 1);
    for (let i = at; i < last && found === -1; i++) {
      for (const parts of options) if (matchesAt(parts, words, i)) { found = i; break; }
    }
    if (found === -1) return false;
    at = found + 1;
  }
  return true;
}

/** `w === p || singular(w) === singular(p)` is the same test as comparing the singular forms. */
function matchesAt(parts: string[], words: string[], i: number): boolean {
  if (i + parts.length > words.length) return false;
  for (let k = 0; k < parts.length; k++) if (words[i + k] !== parts[k]) return false;
  return true;
}

/** Whether `form` (lowercase, e.g. "deployed") is a verb the CAMEO dictionary knows. */
export function isCameoVerb(form: string): boolean {
  return form.toLowerCase() in cameoVerbs().forms;
}

const WORD_BREAK = /[^\p{L}\p{N}'-]+/u;

/**
 * The CAMEO code for verb `form` followed by `after` (the rest of the clause), or null.
 * @example codeVerb('deployed', 'peacekeepers to the border') // "074"
 */
export function codeVerb(form: string, after: string, lexicon: CameoVerbs = cameoVerbs()): string | null {
  const entry = lexicon.forms[form.toLowerCase()];
  if (!entry) return null;
  const block = lexicon.blocks[entry[0]];
  if (!block) return null;
  const words = after.toLowerCase().split(WORD_BREAK).filter(Boolean).slice(0, 12).map(singular);
  let best: { code: string; length: number } | null = null;
  for (const p of compiledPatterns(block)) {
    if ((!best || p.length > best.length) && occursInOrder(p.options, words)) best = { code: p.code, length: p.length };
  }
  return best?.code ?? entry[1] ?? block.code;
}

/** "0234" → "02". */
export const cameoRoot = (code: string): string => code.slice(0, 2);
