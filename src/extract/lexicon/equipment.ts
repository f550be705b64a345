// Equipment gazetteer (data/lexicon/equipment.json, built by scripts/build-equipment.ts) as a token
// trie: generic terms match case-insensitively with plurals, designations ("T-72") exactly.
import type { Token } from '../context.ts';
import { readJson } from './load.ts';
import { tokenize } from '../steps/01-tokens.ts';

interface Node { next: Map<string, Node>; term: string | null }
interface Lexicon { generic: Node; exact: Node; variants: Map<string, string> }
let loaded: Lexicon | null = null;

const node = (): Node => ({ next: new Map(), term: null });

function insert(root: Node, words: string[], term: string): void {
  let cur = root;
  for (const w of words) {
    let n = cur.next.get(w);
    if (!n) { n = node(); cur.next.set(w, n); }
    cur = n;
  }
  cur.term = term;
}

function lexicon(): Lexicon {
  if (loaded) return loaded;
  const file = readJson<{ terms: string[]; designations: string[]; variants: Record<string, string> }>('lexicon/equipment.json');
  const generic = node();
  const exact = node();
  for (const t of file.terms) insert(generic, tokenize(t).map((x) => x.text.toLowerCase()), t);
  for (const d of file.designations) insert(exact, tokenize(d).map((x) => x.text), d);
  loaded = { generic, exact, variants: new Map(Object.entries(file.variants ?? {})) };
  return loaded;
}

/** Singular candidates of a lowercase word: "shields" -> shield, "batteries" -> battery. */
function singulars(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}

export interface EquipmentMatch { start: number; end: number; term: string }

function walk(root: Node, tokens: readonly Token[], i: number, fold: boolean): { end: number; term: string } | null {
  let cur: Node | undefined = root;
  let best: { end: number; term: string } | null = null;
  for (let j = i; j < tokens.length && cur; j++) {
    const w = fold ? tokens[j]!.text.toLowerCase() : tokens[j]!.text;
    const nextNode: Node | undefined = cur.next.get(w);
    // A plural may only end the term.
    if (fold && !nextNode) {
      for (const s of singulars(w).slice(1)) {
        const n = cur.next.get(s);
        if (n?.term) { best = { end: j, term: n.term }; break; }
      }
    }
    cur = nextNode;
    if (cur?.term) best = { end: j, term: cur.term };
  }
  return best;
}

/** Whether a word can start a term, memoised per spelling (bounded): words recur across documents. */
const starters = new Map<string, boolean>();

function mayStartTerm(lex: Lexicon, text: string): boolean {
  let known = starters.get(text);
  if (known === undefined) {
    const lower = text.toLowerCase();
    known = lex.exact.next.has(text) || lex.generic.next.has(lower)
      || (lower.endsWith('s') && singulars(lower).some((w) => lex.generic.next.has(w)));
    if (starters.size >= 100000) starters.clear();
    starters.set(text, known);
  }
  return known;
}

/** Longest equipment matches in a token list (token indices, inclusive end). */
export function matchEquipment(tokens: readonly Token[]): EquipmentMatch[] {
  const lex = lexicon();
  const out: EquipmentMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens start no term: test the first level before walking.
    if (!mayStartTerm(lex, tokens[i]!.text)) continue;
    const hit = walk(lex.exact, tokens, i, false) ?? walk(lex.generic, tokens, i, true);
    if (!hit) continue;
    out.push({ start: i, end: hit.end, term: lex.variants.get(hit.term.toLowerCase()) ?? hit.term });
    i = hit.end;
  }
  return out;
}
