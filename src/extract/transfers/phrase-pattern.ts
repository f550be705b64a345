// Compiles the small phrase language our lexicon files use into regular expressions, so word
// lists stay readable data: "hand~ over", "asked ... to ensure", "riot|rioters".
//   word      literal word (case-insensitive, whole word)
//   a|b       alternatives          word~   the word and its regular inflections
//   a_b       words of one alternative ("hand~_over": hands over, handed over, ...)
//   ...       a gap of up to six words (never crossing a sentence end)
//   *         exactly one word

import { mayMatch, registerRequired, type RequiredElement } from './required-words.ts';

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

const GAP = String.raw`(?:[^\s.!?;]+\s+){0,6}?`;
const ANY_WORD = String.raw`[^\s.!?;]+\s+`;

/** "transfer" → transfer, transfers, transferred, transferring (plus the undoubled spellings). */
export function inflect(word: string): string[] {
  const out = new Set([word]);
  const consonant = /[^aeiou]$/.test(word);
  if (word.endsWith('e')) {
    out.add(word + 's').add(word + 'd').add(word.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(word)) {
    out.add(word.slice(0, -1) + 'ies').add(word.slice(0, -1) + 'ied').add(word + 'ing');
  } else {
    out.add(/(s|x|z|ch|sh)$/.test(word) ? word + 'es' : word + 's').add(word + 'ed').add(word + 'ing');
    if (consonant && /[aeiou][^aeiouwxy]$/.test(word)) {
      const last = word.slice(-1);
      out.add(word + last + 'ed').add(word + last + 'ing');
    }
  }
  return [...out];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileWord(element: string): string {
  const options = element.split('|').flatMap((w) => {
    const tilde = w.indexOf('~');
    return tilde === -1 ? [w] : inflect(w.slice(0, tilde)).map((form) => form + w.slice(tilde + 1));
  });
  // Longest first so "handed" wins over "hand" inside an alternation.
  options.sort((a, b) => b.length - a.length);
  return `(?:${options.map((w) => escape(w).replace(/_/g, String.raw`\s+`)).join('|')})`;
}

/**
 * The words an element's matches contain (see required-words.ts). A word of letters and digits
 * stands alone in the text (the pattern's boundaries and \s+ see to that), so it is looked up as a
 * whole word; others as substrings. A non-ASCII alternative gives nothing (lowercasing is not exact).
 */
function requiredWords(element: string): RequiredElement | null {
  const words = element.split('|').flatMap((w) => {
    const tilde = w.indexOf('~');
    return tilde === -1 ? [w] : inflect(w.slice(0, tilde)).map((form) => form + w.slice(tilde + 1));
  }).map((w) => w.split('_').reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase());
  if (words.some((w) => w === '' || !/^[\x21-\x7e]+$/.test(w))) return null;
  return { words: words.filter((w) => ALNUM.test(w)), substrings: words.filter((w) => !ALNUM.test(w)) };
}

const ALNUM = /^[a-z0-9]+$/;

/** Compiles one phrase; throws only on an empty pattern, which is a lexicon bug. */
export function compilePhrase(phrase: string): RegExp {
  const elements = phrase.trim().split(/\s+/).filter(Boolean);
  if (elements.length === 0) throw new Error('empty phrase pattern');
  let source = '';
  let pendingSpace = false;
  for (const element of elements) {
    if (element === '...') { source += pendingSpace ? String.raw`\s+` + GAP : GAP; pendingSpace = false; continue; }
    if (element === '*') { source += (pendingSpace ? String.raw`\s+` : '') + ANY_WORD; pendingSpace = false; continue; }
    source += (pendingSpace ? String.raw`\s+` : '') + compileWord(element);
    pendingSpace = true;
  }
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}-])` + source + String.raw`(?![\p{L}\p{N}]|-\p{L})`, 'giu');
  const required = elements.filter((e) => e !== '...' && e !== '*').map(requiredWords);
  registerRequired(pattern, required.filter((r): r is RequiredElement => r !== null));
  return pattern;
}

/** Every non-overlapping match of `pattern` in `text`, offsets relative to `base`. */
export function findPhrase(pattern: RegExp, text: string, base = 0): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  if (!mayMatch(pattern, text)) return out;
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return out;
}
