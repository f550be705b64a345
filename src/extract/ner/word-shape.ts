// Word shapes for NER features: "Kazakhstan" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d".
// The long shape keeps up to four characters of each run; the short shape collapses every run.

function classOf(code: number): number {
  if (code >= 65 && code <= 90) return 88; // 'X'
  if (code >= 97 && code <= 122) return 120; // 'x'
  if (code >= 48 && code <= 57) return 100; // 'd'
  if (code > 127) {
    const ch = String.fromCharCode(code);
    if (ch.toLowerCase() !== ch) return 88;
    if (ch.toUpperCase() !== ch) return 120;
  }
  return code === 8217 ? 39 : code; // curly apostrophe reads as '
}

/** Long shape: character classes with runs capped at four ("Xxxx", "dddd-dd"). */
export function wordShape(word: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = classOf(word.charCodeAt(i));
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += String.fromCharCode(c);
  }
  return out;
}

/** Short shape: every run collapsed to one character ("Xx", "X.X.", "d-d"). */
export function shortShape(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = classOf(word.charCodeAt(i));
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

/** True when the word has a letter and no lowercase letter ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  return word.toUpperCase() === word && word.toLowerCase() !== word;
}

/** True when the first character is an uppercase letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Normalises typographic quotes and dashes so "Kazakhstan’s" and "Kazakhstan's" share features. */
export function normaliseToken(word: string): string {
  return /[\u2018\u2019\u201c\u201d\u2013\u2014]/.test(word)
    ? word.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-')
    : word;
}
