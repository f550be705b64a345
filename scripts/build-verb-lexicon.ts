// Builds data/lexicon/cameo-verbs.json from the PETRARCH2 verb dictionary (CAMEO.2.0.txt, MIT):
// every verb form with its CAMEO code, plus the simple object patterns ("DEPLOY * PEACEKEEPERS" → 074).
// Usage: node --import tsx scripts/build-verb-lexicon.ts [--data DIR] [--file NAME] [--out FILE]
// (--file PETR.Validate.verbs.txt with --data ../shared/data/cameo/petrarch2_validation builds the
// validation suite's own dictionary, which scripts/eval-petrarch.ts can load with --lexicon.)

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { inflect } from '../src/extract/transfers/phrase-pattern.ts';

interface VerbBlock {
  /** The block's default code, overridden per verb where the dictionary says so. */
  code: string | null;
  patterns: { words: string[][]; code: string }[];
}

/** form → [block index, the verb's own code or null for the block default]. */
type FormIndex = Record<string, [number, string | null]>;

/** "[042:043]" → "042"; "[---]" → null. */
const codeOf = (bracket: string | undefined): string | null => {
  const code = bracket?.replace(/[[\]\s]/g, '').split(':')[0] ?? '';
  return /^\d{2,4}$/.test(code) ? code : null;
};

const clean = (w: string): string => w.toLowerCase().replace(/_$/, '').replace(/_/g, ' ');

function readSynsets(lines: string[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith('####### VERB PATTERNS') || line.startsWith('---')) break;
    if (/^&\w+/.test(line)) { current = []; sets.set(line.trim().split(/\s/)[0]!.toLowerCase(), current); continue; }
    if (current && line.startsWith('+')) current.push(clean(line.slice(1).trim().split(/\s/)[0]!));
  }
  return sets;
}

/** "- * (TO {PEACE PLAN}) [037]" → words [["to"], ["peace plan"]] when the pattern is object-only. */
function readPattern(line: string, synsets: Map<string, string[]>): { words: string[][]; code: string } | null {
  const m = line.match(/^-\s*(.*?)\*\s*(.*?)\s*(\[[^\]]*\])/);
  if (!m || m[1]!.trim() !== '') return null;
  const code = codeOf(m[3]);
  if (!code) return null;
  const body = m[2]!.replace(/[()]/g, ' ').replace(/\{([^}]*)\}/g, (_, inner: string) => inner.trim().replace(/\s+/g, '_'));
  const words: string[][] = [];
  for (const token of body.split(/\s+/).filter(Boolean)) {
    if (/[$+%^=]/.test(token)) return null;
    if (token.startsWith('&')) {
      const members = synsets.get(token.toLowerCase());
      if (!members) return null;
      words.push(members);
    } else words.push([clean(token)]);
  }
  return words.length > 0 ? { words, code } : null;
}

function readVerbs(lines: string[], synsets: Map<string, string[]>): { forms: FormIndex; blocks: VerbBlock[] } {
  const blocks: VerbBlock[] = [];
  const forms: FormIndex = {};
  let block: VerbBlock | null = null;
  // Verb blocks start after the synonym sets: at the marker line, or else at the first block header.
  const marker = lines.findIndex((l) => l.startsWith('####### VERB PATTERNS'));
  for (const raw of lines.slice(marker !== -1 ? marker : lines.findIndex((l) => l.startsWith('---')))) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    const header = line.match(/^---\s+(\S+)\s+(\[[^\]]*\])\s+---/);
    if (header) { block = { code: codeOf(header[2]), patterns: [] }; blocks.push(block); continue; }
    if (!block || !line.trim()) continue;
    if (line.startsWith('-')) {
      const pattern = readPattern(line, synsets);
      if (pattern) block.patterns.push(pattern);
      continue;
    }
    const m = line.match(/^([A-Z][A-Z_']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/);
    if (!m) continue;
    const lemma = clean(m[1]!);
    const irregular = (m[2] ?? '').replace(/[{}]/g, ' ').split(/\s+/).filter(Boolean).map(clean);
    const [head, ...rest] = lemma.split(' ');
    const regular = inflect(head!).map((f) => [f, ...rest].join(' '));
    for (const form of [...regular, ...irregular]) forms[form] ??= [blocks.length - 1, codeOf(m[3])];
  }
  return { forms, blocks };
}

/** Reads a PETRARCH verb dictionary into the lexicon shape src/extract/events/cameo.ts codes with. */
export function buildVerbLexicon(path: string): { forms: FormIndex; blocks: VerbBlock[] } {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  return readVerbs(lines, readSynsets(lines));
}

/** A code the codebook lacks ("1213") becomes its nearest listed ancestor ("121"). */
function fitToCodebook(lexicon: { forms: FormIndex; blocks: VerbBlock[] }, codebookFile: string): number {
  const codebook = new Set(readFileSync(codebookFile, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]!.trim()).filter(Boolean));
  let changed = 0;
  const fit = (code: string): string => {
    const found = [code, code.slice(0, 3), code.slice(0, 2) + '0'].find((c) => codebook.has(c)) ?? code;
    if (found !== code) changed++;
    return found;
  };
  for (const block of lexicon.blocks) {
    if (block.code) block.code = fit(block.code);
    for (const p of block.patterns) p.code = fit(p.code);
  }
  for (const entry of Object.values(lexicon.forms)) if (entry[1]) entry[1] = fit(entry[1]);
  return changed;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/data/cameo/petrarch2_dictionaries' },
      file: { type: 'string', default: 'CAMEO.2.0.txt' },
    // The CAMEO codebook the codes are checked against; "none" keeps them as the dictionary has them.
    codebook: { type: 'string', default: '../shared/data/cameo/CAMEO.eventcodes.txt' },
      out: { type: 'string', default: 'data/lexicon/cameo-verbs.json' },
    },
  });
  const lexicon = buildVerbLexicon(join(values.data, values.file));
  const refitted = values.codebook === 'none' ? 0 : fitToCodebook(lexicon, values.codebook);
  const { forms, blocks } = lexicon;
  const out = {
    _comment: `Generated by scripts/build-verb-lexicon.ts from the PETRARCH2 verb dictionary ${values.file} (MIT, Open Event Data Alliance). Do not edit by hand.`,
    forms,
    blocks,
  };
  writeFileSync(values.out, JSON.stringify(out) + '\n');
  const patterns = blocks.reduce((n, b) => n + b.patterns.length, 0);
  console.log(`cameo verbs: ${blocks.length} verb blocks, ${Object.keys(forms).length} forms, ${patterns} object patterns, ${refitted} codes fitted to the codebook -> ${values.out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
