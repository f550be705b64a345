// A cheap pre-test for phrase patterns: each pattern lists words a match must contain, and an index
// from word to pattern, refreshed once per text, says which patterns can match before any regex runs.

/** One literal element of a pattern: a match contains one of `words` as a whole word, or one of `substrings`. */
export interface RequiredElement { words: string[]; substrings: string[] }

const patternIds = new WeakMap<RegExp, number>();
/** Per pattern: how many elements must be present. */
const needs: number[] = [];
/** Per element: the pattern it belongs to. */
const owners: number[] = [];
const elementsByWord = new Map<string, number[]>();
const substringElements: { element: number; substrings: string[] }[] = [];

/** Registers the required elements of a compiled pattern (none: the pattern is always tried). */
export function registerRequired(pattern: RegExp, elements: readonly RequiredElement[]): void {
  const id = needs.length;
  needs.push(elements.length);
  patternIds.set(pattern, id);
  for (const { words, substrings } of elements) {
    const element = owners.length;
    owners.push(id);
    for (const w of new Set(words)) {
      const list = elementsByWord.get(w);
      if (list) list.push(element); else elementsByWord.set(w, [element]);
    }
    if (substrings.length > 0) substringElements.push({ element, substrings });
  }
  lastText = null;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;
let lastText: string | null = null;
let exact = true;
let generation = 0;
let elementSeen = new Int32Array(0);
let patternSeen = new Int32Array(0);
let patternFound = new Int32Array(0);

function mark(element: number): void {
  if (elementSeen[element] === generation) return;
  elementSeen[element] = generation;
  const p = owners[element] as number;
  if (patternSeen[p] !== generation) { patternSeen[p] = generation; patternFound[p] = 0; }
  patternFound[p] = (patternFound[p] as number) + 1;
}

function indexText(text: string): void {
  generation++;
  if (elementSeen.length < owners.length) elementSeen = new Int32Array(owners.length);
  if (patternSeen.length < needs.length) { patternSeen = new Int32Array(needs.length); patternFound = new Int32Array(needs.length); }
  // Under the u and i flags "ſ" matches "s", which lowercasing does not reproduce: no pre-test then.
  exact = !text.includes('\u017f');
  if (!exact) return;
  const lower = text.toLowerCase();
  for (const w of new Set(lower.split(NON_WORD))) {
    const list = elementsByWord.get(w);
    if (list) for (const element of list) mark(element);
  }
  for (const { element, substrings } of substringElements) {
    if (elementSeen[element] !== generation && substrings.some((s) => lower.includes(s))) mark(element);
  }
}

/** False when `text` cannot match `pattern` because a required word is missing. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const id = patternIds.get(pattern);
  if (id === undefined || needs[id] === 0) return true;
  if (text !== lastText) { lastText = text; indexText(text); }
  return !exact || (patternSeen[id] === generation && patternFound[id] === needs[id]);
}
