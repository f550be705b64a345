// Capitalised chunks: maximal runs of name-like tokens in a sentence ("Ministry of Defense",
// "Deputy Defense Minister Lt.-General Bolat Sembinov"), with sentence-initial common words dropped.
import type { Sentence, Token } from '../context.ts';
import { monthNumber } from '../calendar.ts';
import { words } from '../lexicon/words.ts';

export interface Chunk { tokens: Token[]; sentence: Sentence; index: number }

// "al-Assad", "bin Laden" particles start names too.
const CAP = /^(?:\p{Lu}|\d+-\p{Lu}|(?:al|el|ad|as|ash|an|ar|at|az|ut|ibn|abu)-\p{Lu})/u;
const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'al-', 'on']);
// Particles inside personal names: "Staffan de Mistura", "Osama bin Laden", "Ursula von der Leyen".
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das']);
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Answers per spelling (bounded): the chunker asks about every token, and words recur. */
const capitalised = new Map<string, boolean>();

export function isCapitalised(t: Token): boolean {
  let known = capitalised.get(t.text);
  if (known === undefined) {
    known = CAP.test(t.text) && !WEEKDAYS.has(t.text) && monthNumber(t.text) === null;
    if (capitalised.size >= 100000) capitalised.clear();
    capitalised.set(t.text, known);
  }
  return known;
}

/** True when the token starts a sentence or follows an opening quote / colon. */
function atStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || /^[“"‘:(—–-]$/.test(prev.text);
}

/** Lowercase forms of every token of the text: a capitalised word also seen lowercase is a common word. */
export function lowercaseVocabulary(sentences: readonly Sentence[]): Set<string> {
  const vocab = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (startsLowercase(t.text)) vocab.add(t.text);
  return vocab;
}

/** /^\p{Ll}/u without running a regex for the ASCII letters, digits and punctuation most words start with. */
function startsLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(text);
}
const LOWER_START = /^\p{Ll}/u;

function dropsAtStart(t: Token, vocab: Set<string>): boolean {
  const lower = t.text.toLowerCase();
  const w = words();
  if (w.functionWords.has(lower)) return true;
  return vocab.has(lower) && !w.orgHeads.has(t.text) && !w.titleWords.has(lower);
}

export function findChunks(sentence: Sentence, vocab: Set<string>): Chunk[] {
  const { tokens } = sentence;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!) || (atStart(tokens, i) && dropsAtStart(tokens[i]!, vocab))) { i++; continue; }
    const begin = i;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (isCapitalised(t) && t.start === tokens[j - 1]!.end + 1) continue;
      if (isCapitalised(t) && t.start === tokens[j - 1]!.end && /-$/.test(tokens[j - 1]!.text)) continue;
      // "Ministry of Defense": a connector between an organization head and a capitalised word.
      const next = tokens[j + 1];
      if (CONNECTORS.has(t.text) && next && isCapitalised(next) && words().orgHeads.has(tokens[j - 1]!.text)) continue;
      if (PARTICLES.has(t.text) && next && isCapitalised(next) && !words().orgHeads.has(tokens[j - 1]!.text)) continue;
      break;
    }
    chunks.push({ tokens: tokens.slice(begin, j), sentence, index: begin });
    i = j;
  }
  return chunks;
}
