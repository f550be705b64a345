// Evaluates event typing on CASE 2021 task 2 (../shared/data/case2021_task2): each snippet is
// mapped to an ACLED sub-type (cue table data/lexicon/event-acled-subtypes.json, falling back to
// the Lantern event type from the trigger lexicon) and scored by macro-F1. Test-only: report, never tune.
// Usage: npm run eval:case -- [--data DIR] [--limit N]

import './script-help.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractContext } from '../src/extract/context.ts';
import { findTriggers } from '../src/extract/events/triggers.ts';
import { compilePhrase } from '../src/extract/transfers/phrase-pattern.ts';

interface SubtypeTable {
  cues: { subtype: string; cues: string[] }[];
  fromType: Record<string, string>;
}

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/case2021_task2' },
    limit: { type: 'string' },
  },
});

const table = JSON.parse(readFileSync(new URL('../data/lexicon/event-acled-subtypes.json', import.meta.url), 'utf8')) as SubtypeTable;
const cues = table.cues.map((c) => ({ subtype: c.subtype, patterns: c.cues.map(compilePhrase) }));

/** A one-sentence context for a snippet, enough for the trigger lexicon. */
function snippetContext(text: string): ExtractContext {
  return {
    text,
    document: { id: 'snippet', title: null, publication: null, volume: null, issue: null, published: null, text },
    sentences: [{ start: 0, end: text.length, tokens: [] }],
    entities: [], amounts: [], quantities: [], dates: [], citations: [], quotes: [], warnings: [],
  };
}

function classify(text: string): string {
  for (const c of cues) {
    if (c.patterns.some((p) => { p.lastIndex = 0; return p.test(text); })) return c.subtype;
  }
  const ctx = snippetContext(text);
  const span: [number, number] = [0, text.length];
  const trigger = findTriggers(ctx, span).sort((a, b) => a.rank - b.rank)[0] ?? findTriggers(ctx, span, true).sort((a, b) => a.rank - b.rank)[0];
  return trigger ? table.fromType[trigger.type] ?? 'OTHER' : 'OTHER';
}

const lines = readFileSync(join(values.data, 'test_set_final_release_with_labels.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
let rows = lines.map((l) => { const [id, snippet, label] = l.split('\t'); return { id, snippet: snippet ?? '', label: (label ?? '').trim() }; });
if (values.limit) rows = rows.slice(0, Number(values.limit));

const counts = new Map<string, { tp: number; fp: number; fn: number }>();
const tally = (label: string): { tp: number; fp: number; fn: number } => {
  if (!counts.has(label)) counts.set(label, { tp: 0, fp: 0, fn: 0 });
  return counts.get(label)!;
};
let correct = 0;
for (const row of rows) {
  const got = classify(row.snippet);
  if (got === row.label) { correct++; tally(got).tp++; } else { tally(got).fp++; tally(row.label).fn++; }
}
const goldLabels = new Set(rows.map((r) => r.label));
const f1s = [...goldLabels].map((label) => {
  const { tp, fp, fn } = tally(label);
  return tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
});
const macro = f1s.reduce((a, b) => a + b, 0) / Math.max(f1s.length, 1);
console.log(`snippets: ${rows.length}; classes in gold: ${goldLabels.size}; accuracy ${(correct / Math.max(rows.length, 1)).toFixed(3)}`);
console.log(`CASE 2021 task 2: macro-F1 ${macro.toFixed(3)} over ${goldLabels.size} ACLED sub-types`);
