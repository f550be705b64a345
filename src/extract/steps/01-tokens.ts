// Step 1: tokens with UTF-16 offsets and abbreviation-aware sentences. Keeps domain forms whole:
// "Lt.-General", "U.S.", "No.", "Interfax-Kazakhstan", "7.9", "3,080", initials "J.", and splits
// possessives ("Kazakhstan’s" -> "Kazakhstan" + "’s").
import type { ExtractContext, Sentence, Token } from '../context.ts';
import { readSet } from '../lexicon/load.ts';

// Order matters: dotted acronyms, rank compounds, numbers, words (with inner hyphens/apostrophes), symbols.
const TOKEN = /[A-Z](?:\.[A-Z])+\.?|\p{L}+\.-\p{L}+|\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /[’']s$/;
// Contractions split like possessives: "I'm" -> "I" + "'m", "don't" -> "do" + "n't".
const CLITIC = /(?:n[’']t|[’'](?:m|re|ve|ll|d))$/i;
const ENDERS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']']);

function abbreviations(): Set<string> {
  return readSet('lexicon/abbreviations.txt');
}

/** Tokenises `text[from, to)`; exported for steps that re-read a span. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const abbr = abbreviations();
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    let start = m.index;
    let end = start + word.length;
    // An abbreviation or an initial keeps its period: "No.", "Lt.", "J."
    if (slice.charCodeAt(end) === 46 && (abbr.has(word) || /^\p{Lu}$/u.test(word))) {
      word += '.'; end += 1; TOKEN.lastIndex = end;
    }
    const clitic = word.length > 2 ? (POSSESSIVE.exec(word) ?? CLITIC.exec(word)) : null;
    if (clitic && clitic.index > 0) {
      tokens.push({ text: word.slice(0, clitic.index), start, end: start + clitic.index });
      start += clitic.index; word = clitic[0];
    }
    tokens.push({ text: word, start, end });
  }
  return tokens;
}

function endsSentence(tokens: Token[], i: number, text: string): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return true;
  // Paragraph breaks end sentences whatever the punctuation.
  for (let k = tok.end; k < next.start; k++) if (text.charCodeAt(k) === 10) return true;
  if (!ENDERS.has(tok.text)) return false;
  if (CLOSERS.has(next.text)) return false; // the closer ends it (handled on the next token)
  return next.start > tok.end && /^[\p{Lu}\d“"‘(]/u.test(next.text);
}

function closerEnds(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !!prev && ENDERS.has(prev.text) && CLOSERS.has(tokens[i]!.text)
    && (!next || (next.start > tokens[i]!.end && /^[\p{Lu}“"]/u.test(next.text)));
}

/** Splits tokens into sentences; paragraph breaks always split. */
export function splitSentences(tokens: Token[], text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let begin = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (endsSentence(tokens, i, text) || closerEnds(tokens, i)) {
      const part = tokens.slice(begin, i + 1);
      sentences.push({ start: part[0]!.start, end: part.at(-1)!.end, tokens: part });
      begin = i + 1;
    }
  }
  return sentences;
}

export function tokenizeStep(ctx: ExtractContext): void {
  ctx.sentences = splitSentences(tokenize(ctx.text), ctx.text);
}
