// Entity-span evaluation on re3d (Dstl): P/R/F1 per type, exact and overlapping spans, for the dev
// folders and the evaluation-only folders (CENTCOM, US_State_Department, UK_Government, Wikipedia)
// reported separately. Gold = annotations with confidence >= 0.5.
//   npm run eval:re3d -- [--data ../shared/data/re3d] [--limit N]   (N documents per folder)
import './script-help.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractionRecord } from '../src/model/index.ts';
import { extractRecord } from '../src/extract/index.ts';

const DEV = ['Australian_Department_of_Foreign_Affairs', 'BBC_Online', 'Delegation_of_the_European_Union_to_Syria'];
const EVAL_ONLY = ['CENTCOM', 'US_State_Department', 'UK_Government', 'Wikipedia'];
const TYPES: Record<string, string> = {
  Person: 'person', Organisation: 'organization', Location: 'place', Nationality: 'place', Weapon: 'equipment',
  Vehicle: 'equipment', MilitaryPlatform: 'equipment', Money: 'money', Quantity: 'quantity', Temporal: 'date',
};
const SCORED = ['person', 'organization', 'place', 'equipment', 'money', 'quantity', 'date'];

// re3d also marks pronouns and descriptions ("he", "the town") as entities; Lantern extracts names.
// The "named" view keeps gold entity spans that start with a capital or digit and are not pronouns.
const PRONOUNS = new Set(['I', 'He', 'She', 'We', 'They', 'It', 'You', 'Me', 'Us', 'Him', 'Her', 'Them', 'His', 'Its', 'Their', 'Our', 'My', 'The', 'A', 'An', 'This', 'That', 'These', 'Those']);
const NAME_TYPES = new Set(['person', 'organization', 'place', 'equipment']);
const isNamed = (type: string, value: string): boolean => !NAME_TYPES.has(type) || (/^[\p{Lu}\d]/u.test(value) && !PRONOUNS.has(value.split(/\s+/)[0]!));

interface Doc { _id: string; text: string }
interface Ann { documentId: string; begin: number; end: number; type: string; confidence: number; value: string }
interface Span { doc: string; type: string; start: number; end: number }
type Counts = Record<string, { tp: number; fp: number; fn: number; otp: number; ofp: number; ofn: number }>;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}
const readLines = <T>(path: string): T[] => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

function systemSpans(doc: string, r: ExtractionRecord): Span[] {
  const out: Span[] = [];
  const ORG = new Set(['organization', 'group', 'media']);
  for (const e of r.entities) for (const [start, end] of e.mentions) out.push({ doc, type: ORG.has(e.type) ? 'organization' : e.type, start, end });
  for (const a of r.amounts) out.push({ doc, type: 'money', start: a.span[0], end: a.span[1] });
  for (const q of r.quantities ?? []) out.push({ doc, type: 'quantity', start: q.span[0], end: q.span[1] });
  for (const d of r.dates) out.push({ doc, type: 'date', start: d.span[0], end: d.span[1] });
  return out;
}

function score(gold: Span[], sys: Span[], counts: Counts): void {
  const key = (s: Span): string => `${s.doc}|${s.type}|${s.start}|${s.end}`;
  const g = new Set(gold.map(key));
  const s = new Set(sys.map(key));
  const hit = (x: Span, pool: Span[]): boolean => pool.some((y) => y.doc === x.doc && y.type === x.type && x.start < y.end && y.start < x.end);
  for (const t of SCORED) counts[t] ??= { tp: 0, fp: 0, fn: 0, otp: 0, ofp: 0, ofn: 0 };
  for (const x of new Map(sys.map((x) => [key(x), x])).values()) {
    const c = counts[x.type]!;
    if (g.has(key(x))) c.tp++; else c.fp++;
    if (hit(x, gold)) c.otp++; else c.ofp++;
  }
  for (const x of new Map(gold.map((x) => [key(x), x])).values()) {
    const c = counts[x.type]!;
    if (!s.has(key(x))) c.fn++;
    if (!hit(x, sys)) c.ofn++;
  }
}

function runFolders(root: string, folders: string[], limit: number): { all: Counts; named: Counts } {
  const counts: Counts = {};
  const named: Counts = {};
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(join(dir, 'documents.json'))) { console.error(`missing ${dir}/documents.json`); continue; }
    const docs = readLines<Doc>(join(dir, 'documents.json')).slice(0, limit);
    const anns = readLines<Ann>(join(dir, 'entities.json'));
    for (const doc of docs) {
      const kept = anns.filter((a) => a.documentId === doc._id && a.confidence >= 0.5 && TYPES[a.type]);
      const toSpan = (a: Ann): Span => ({ doc: doc._id, type: TYPES[a.type]!, start: a.begin, end: a.end });
      const sys = systemSpans(doc._id, extractRecord({ id: doc._id, text: doc.text }));
      score(kept.map(toSpan), sys, counts);
      score(kept.filter((a) => isNamed(TYPES[a.type]!, a.value)).map(toSpan), sys, named);
    }
  }
  return { all: counts, named };
}

const f1 = (tp: number, fp: number, fn: number): string => (tp + fp + fn ? ((2 * tp) / (2 * tp + fp + fn)).toFixed(3) : '  -  ');
const pr = (a: number, b: number): string => (a + b ? (a / (a + b)).toFixed(3) : '  -  ');
function report(title: string, counts: Counts): { exact: string; overlap: string } {
  console.log(`\n${title}\ntype           gold   sys  P(exact) R(exact) F1(exact)  F1(overlap)`);
  const sum = { tp: 0, fp: 0, fn: 0, otp: 0, ofp: 0, ofn: 0 };
  for (const t of SCORED) {
    const c = counts[t] ?? { tp: 0, fp: 0, fn: 0, otp: 0, ofp: 0, ofn: 0 };
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += c[k];
    console.log(`${t.padEnd(13)}${String(c.tp + c.fn).padStart(6)}${String(c.tp + c.fp).padStart(6)}${pr(c.tp, c.fp).padStart(10)}${pr(c.tp, c.fn).padStart(9)}${f1(c.tp, c.fp, c.fn).padStart(10)}${f1(c.otp, c.ofp, c.ofn).padStart(13)}`);
  }
  const exact = f1(sum.tp, sum.fp, sum.fn);
  const overlap = f1(sum.otp, sum.ofp, sum.ofn);
  console.log(`${'all'.padEnd(13)}${String(sum.tp + sum.fn).padStart(6)}${String(sum.tp + sum.fp).padStart(6)}${pr(sum.tp, sum.fp).padStart(10)}${pr(sum.tp, sum.fn).padStart(9)}${exact.padStart(10)}${overlap.padStart(13)}`);
  return { exact, overlap };
}

const root = option('--data') ?? '../shared/data/re3d';
const limit = Number(option('--limit') ?? Infinity);
const devCounts = runFolders(root, DEV, limit);
const evalCounts = runFolders(root, EVAL_ONLY, limit);
const dev = report(`dev folders, all gold (${DEV.join(', ')})`, devCounts.all);
const devNamed = report('dev folders, named gold only', devCounts.named);
const evalOnly = report(`evaluation-only folders, all gold (${EVAL_ONLY.join(', ')})`, evalCounts.all);
const evalNamed = report('evaluation-only folders, named gold only', evalCounts.named);
console.log(`\nre3d entity-span F1 dev ${dev.exact} eval ${evalOnly.exact}; named-only dev ${devNamed.exact} eval ${evalNamed.exact} (overlap: dev ${devNamed.overlap} eval ${evalNamed.overlap})`);
