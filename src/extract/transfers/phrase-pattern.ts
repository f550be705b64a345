// Compiles the small phrase language our lexicon files use into regular expressions, so word
// lists stay readable data: "hand~ over", "asked ... to ensure", "riot|rioters".
//   word      literal word (case-insensitive, whole word)
//   a|b       alternatives          word~   the word and its regular inflections
//   a_b       words of one alternative ("hand~_over": hands over, handed over, ...)
//   ...       a gap of up to six words (never crossing a sentence end)
//   *         exactly one word

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
 * Words a match must contain, as a cheap test before running the regular expression: one entry per
 * literal element with the lowercase words of its alternatives; a match holds at least one of them.
 * A word of letters and digits stands alone in the text (the pattern's boundaries and \s+ see to
 * that), so it is looked up in the text's word set; any other word is looked for as a substring.
 * An element with a non-ASCII alternative gives no entry (lowercasing would not be exact).
 */
interface Required { words: string[]; substrings: string[] }
const REQUIRED = new WeakMap<RegExp, Required[]>();
const ALNUM = /^[a-z0-9]+$/;

function requiredWords(element: string): Required | null {
  const words = element.split('|').flatMap((w) => {
    const tilde = w.indexOf('~');
    return tilde === -1 ? [w] : inflect(w.slice(0, tilde)).map((form) => form + w.slice(tilde + 1));
  }).map((w) => w.split('_').reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase());
  if (words.some((w) => w === '' || !/^[\x21-\x7e]+$/.test(w))) return null;
  return { words: words.filter((w) => ALNUM.test(w)), substrings: words.filter((w) => !ALNUM.test(w)) };
}

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
  REQUIRED.set(pattern, required.filter((r): r is Required => r !== null));
  return pattern;
}

/** The last text seen, lowercased and as a word set: callers try many patterns on one sentence in a row. */
let lastText: string | null = null;
let lastLower: string | null = null;
let lastWords = new Set<string>();
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** False when `text` cannot match `pattern` because a required word is missing. */
function mayMatch(pattern: RegExp, text: string): boolean {
  const required = REQUIRED.get(pattern);
  if (required === undefined || required.length === 0) return true;
  if (text !== lastText) {
    lastText = text;
    // Under the u and i flags "ſ" matches "s", which lowercasing does not reproduce.
    lastLower = text.includes('\u017f') ? null : text.toLowerCase();
    lastWords = new Set(lastLower === null ? [] : lastLower.split(NON_WORD));
  }
  const lower = lastLower;
  if (lower === null) return true;
  for (const { words, substrings } of required) {
    let found = false;
    for (const w of words) if (lastWords.has(w)) { found = true; break; }
    if (!found) for (const w of substrings) if (lower.includes(w)) { found = true; break; }
    if (!found) return false;
  }
  return true;
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
