// Benchmark: the whole extraction pipeline vs compromise (people/places/organizations) on the same
// texts in the same run; words/s, peak RSS, and time at 1x/2x/4x the corpus to show linear growth.
//   npm run bench:extract -- [--data ../shared/data/news/bbc] [--limit N]
// Ends with: extract words/s N (compromise M, ratio R)
import './script-help.ts';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { extractRecord } from '../src/extract/index.ts';
import { STEPS } from '../src/extract/pipeline.ts';
import { extractEventsStep } from '../src/extract/steps/11-events.ts';
import type { ExtractContext } from '../src/extract/context.ts';
import type { PipelineState } from '../src/extract/state.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function listTexts(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTexts(path);
    return name.endsWith('.txt') && !/readme/i.test(name) ? [path] : [];
  });
}

const dir = option('--data') ?? '../shared/data/news/bbc';
const limit = Number(option('--limit') ?? Infinity);
const texts = listTexts(dir).slice(0, limit).map((f) => readFileSync(f, 'utf8'));
if (!texts.length) { console.error(`no .txt files under ${dir}`); process.exit(2); }
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

/** CPU seconds (user + system) of the last timed run: on a shared, loaded machine they vary less than wall time. */
let lastCpuSeconds = 0;

function time(run: (text: string) => unknown, copies: number): number {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let c = 0; c < copies; c++) for (const text of texts) run(text);
  const cpu = process.cpuUsage(c0);
  lastCpuSeconds = (cpu.user + cpu.system) / 1e6;
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const lantern = (text: string): unknown => extractRecord({ id: 'bench', text, published: '2005' });
const compromise = (text: string): unknown => {
  const doc = nlp(text);
  return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
};

console.log(`corpus: ${texts.length} files, ${words} words (${dir})`);
// The first call loads lexicons, the gazetteer and the NER model; a warm-up pass lets the JIT settle.
const t0 = process.hrtime.bigint();
lantern(texts[0]!);
console.log(`first call (loads lexicons, gazetteer, NER model): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms, excluded`);
for (const text of texts.slice(0, 200)) lantern(text);
const runs: [number, number][] = [];
for (const copies of [1, 2, 4]) {
  const s = time(lantern, copies);
  runs.push([copies, s]);
  console.log(`extract ${copies}x: ${s.toFixed(2)} s, ${Math.round((words * copies) / s)} words/s, ${(s / copies).toFixed(2)} s per corpus`
    + ` (cpu ${lastCpuSeconds.toFixed(2)} s, ${Math.round((words * copies) / lastCpuSeconds)} words/cpu-s)`);
}
const compromiseSeconds = time(compromise, 1);
const rss = process.resourceUsage().maxRSS / 1024;
const lanternRate = Math.round((words * 4) / runs[2]![1]);
const compromiseRate = Math.round(words / compromiseSeconds);
console.log(`compromise 1x: ${compromiseSeconds.toFixed(2)} s, ${compromiseRate} words/s`);
console.log(`growth 1x->4x: ${(runs[2]![1] / runs[0]![1]).toFixed(2)}x time for 4x words (linear = 4.00)`);
// Where the time goes: each step over the corpus once (same work as extractRecord, timed per step).
const perStep = new Map<string, number>();
for (const text of texts) {
  const document = { id: 'bench', title: null, publication: null, volume: null, issue: null, published: '2005', text };
  const ctx: ExtractContext = { text, document, sentences: [], entities: [], amounts: [], quantities: [], dates: [], citations: [], quotes: [], warnings: [] };
  const state: PipelineState = { mentions: [], entityOf: new Map() };
  for (const step of [...STEPS, { name: 'transfers+events', run: (c: ExtractContext) => extractEventsStep(c) }]) {
    const s0 = process.hrtime.bigint();
    step.run(ctx, state);
    perStep.set(step.name, (perStep.get(step.name) ?? 0) + Number(process.hrtime.bigint() - s0) / 1e9);
  }
}
const stepTotal = [...perStep.values()].reduce((a, b) => a + b, 0);
console.log('per step (1x): ' + [...perStep].map(([n, s]) => `${n} ${(100 * s / stepTotal).toFixed(0)}%`).join(', '));
const withoutEvents = stepTotal - (perStep.get('transfers+events') ?? 0);
console.log(`entities/amounts/citations/quotes steps alone: ${Math.round(words / withoutEvents)} words/s`);
console.log(`peak RSS: ${rss.toFixed(0)} MB`);
console.log(`extract words/s ${lanternRate} (compromise ${compromiseRate}, ratio ${(lanternRate / compromiseRate).toFixed(2)})`);
