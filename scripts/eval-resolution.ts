// Cross-document resolution evaluation: extracts the gold documents (seeds, re3d dev folders,
// hand-written hard cases), resolves them incrementally and scores mention clusters with B-cubed.
// Usage: npm run eval:resolution -- [--data ../shared/data] [--seeds ../shared/seeds] [--verbose]

import './script-help.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractRecord, type ExtractInput } from '../src/extract/index.ts';
import { readDocument } from '../src/ingest/index.ts';
import type { ExtractionRecord, Span } from '../src/model/index.ts';
import { bcubed, countryOfWord, createResolver, membersOf } from '../src/resolve/index.ts';

interface GoldDocument { id: string; source: 'seed' | 'fixture' | 're3d'; file?: string; published?: string; folder?: string; re3d_id?: string }
interface GoldCluster { id: string; surfaces: Record<string, string[]>; re3d: string[] }
interface HardCase { name: string; expect: 'same' | 'different'; mentions: [string, string][] }
interface Gold { documents: GoldDocument[]; clusters: GoldCluster[]; hard_cases: HardCase[] }
interface GoldMention { doc: string; span: Span; cluster: string; surface: string }
interface Re3dEntity { documentId: string; begin: number; end: number; type: string; value: string; confidence: number }

const FIXTURES = new URL('../test/fixtures/resolution/', import.meta.url);
const RE3D_TYPES = new Set(['Person', 'Organisation', 'Location']);

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

async function loadInput(doc: GoldDocument, dirs: { data: string; seeds: string }): Promise<ExtractInput> {
  if (doc.source === 'seed') {
    const [d] = await readDocument(join(dirs.seeds, doc.file ?? ''));
    if (!d) throw new Error(`seed ${doc.file} is empty`);
    return { ...d, id: doc.id };
  }
  if (doc.source === 'fixture') {
    return { id: doc.id, text: readFileSync(new URL(doc.file ?? '', FIXTURES), 'utf8').trim(), published: doc.published ?? null };
  }
  const docs = readJsonLines<{ _id: string; title: string; text: string }>(join(dirs.data, 're3d', doc.folder ?? '', 'documents.json'));
  const d = docs.find((x) => x._id === doc.re3d_id);
  if (!d) throw new Error(`re3d document ${doc.re3d_id} not found in ${doc.folder}`);
  return { id: doc.id, text: d.text, title: d.title };
}

/** Occurrences of a surface ("Defense Ministry#2" = the second only), whole words. */
function occurrences(text: string, surface: string): Span[] {
  const [, bare = surface, nth] = /^(.*?)(?:#(\d+))?$/.exec(surface) ?? [];
  const re = new RegExp(`(?<![\\w])${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
  const spans = [...text.matchAll(re)].map((m): Span => [m.index ?? 0, (m.index ?? 0) + bare.length]);
  return nth ? spans.slice(Number(nth) - 1, Number(nth)) : spans;
}

/** Gold mentions of a seed or fixture: every occurrence of the listed surfaces, longest claimed first. */
function surfaceMentions(doc: string, text: string, clusters: GoldCluster[]): GoldMention[] {
  const wanted = clusters.flatMap((c) => (c.surfaces[doc] ?? []).map((surface) => ({ cluster: c.id, surface })))
    .sort((a, b) => b.surface.replace(/#\d+$/, '').length - a.surface.replace(/#\d+$/, '').length || (a.surface.includes('#') ? -1 : 1));
  const out: GoldMention[] = [];
  for (const w of wanted) {
    for (const span of occurrences(text, w.surface)) {
      if (out.some((m) => span[0] < m.span[1] && m.span[0] < span[1])) continue;
      out.push({ doc, span, cluster: w.cluster, surface: w.surface });
    }
  }
  return out;
}

/** Gold mentions of a re3d document: its confident person/organisation/location spans the gold lists. */
function re3dMentions(doc: GoldDocument, text: string, clusters: GoldCluster[], data: string): GoldMention[] {
  const byValue = new Map(clusters.flatMap((c) => c.re3d.map((entry): [string, { cluster: string; core: string }] => {
    const [value = entry, core] = entry.split('|');
    return [value, { cluster: c.id, core: core ?? value.replace(/^the /i, '') }];
  })));
  return readJsonLines<Re3dEntity>(join(data, 're3d', doc.folder ?? '', 'entities.json'))
    .filter((e) => e.documentId === doc.re3d_id && e.confidence >= 0.5 && RE3D_TYPES.has(e.type) && byValue.has(e.value))
    .filter((e) => text.slice(e.begin, e.end) === e.value)
    .map((e) => {
      const { cluster, core } = byValue.get(e.value) ?? { cluster: '', core: e.value };
      const start = e.begin + Math.max(0, e.value.indexOf(core));
      return { doc: doc.id, span: [start, start + core.length] as Span, cluster, surface: e.value };
    });
}

interface SystemMention { span: Span; cluster: string }

/**
 * 0 exact; 1 same end, 2 same start, when what one span has beyond the other is only lower-case
 * words or country words ("Reuters" for "Reuters news agency", "Russian Federal Security Service" for
 * "Federal Security Service");
 * null otherwise: a name inside a longer different name ("UN" in "UN Security Council") is no match.
 */
function matchRank(g: Span, s: Span, text: string): number | null {
  if (g[0] === s[0] && g[1] === s[1]) return 0;
  const contains = (a: Span, b: Span) => a[0] <= b[0] && b[1] <= a[1];
  if (!contains(g, s) && !contains(s, g)) return null;
  const outer = contains(g, s) ? g : s;
  const inner = outer === g ? s : g;
  const extra = `${text.slice(outer[0], inner[0])} ${text.slice(inner[1], outer[1])}`;
  const named = extra.split(/[^\p{L}.]+/u).filter((w) => /^[A-Z]/.test(w) && w !== 'The' && !countryOfWord(w.replace(/['’]s$/, '')));
  if (named.length > 0) return null;
  return g[1] === s[1] ? 1 : g[0] === s[0] ? 2 : 3;
}

/** One-to-one matching of gold to system mentions, best ranks first. */
function matchMentions(gold: GoldMention[], system: Map<string, SystemMention[]>, texts: Map<string, string>): Map<GoldMention, SystemMention> {
  const pairs = gold.flatMap((g) => (system.get(g.doc) ?? []).flatMap((s) => {
    const rank = matchRank(g.span, s.span, texts.get(g.doc) ?? '');
    return rank === null ? [] : [{ g, s, rank }];
  })).sort((a, b) => a.rank - b.rank);
  const matched = new Map<GoldMention, SystemMention>();
  const used = new Set<SystemMention>();
  for (const { g, s } of pairs) if (!matched.has(g) && !used.has(s)) { matched.set(g, s); used.add(s); }
  return matched;
}

function judgeHardCase(hc: HardCase, gold: GoldMention[], matched: Map<GoldMention, SystemMention>): string {
  const clusters: string[] = [];
  for (const [doc, surface] of hc.mentions) {
    const g = gold.find((m) => m.doc === doc && (m.surface === surface || m.surface === surface.replace(/#\d+$/, '')) && (() => {
      const nth = /#(\d+)$/.exec(surface)?.[1];
      const same = gold.filter((x) => x.doc === doc && x.surface === m.surface).sort((a, b) => a.span[0] - b.span[0]);
      return !nth || same[Number(nth) - 1] === m || m.surface === surface;
    })());
    if (!g) return `FAIL (gold has no mention "${surface}" in ${doc})`;
    const s = matched.get(g);
    if (!s) return `FAIL (system missed "${surface}" in ${doc})`;
    clusters.push(s.cluster);
  }
  const distinct = new Set(clusters).size;
  const ok = hc.expect === 'same' ? distinct === 1 : distinct === clusters.length;
  return ok ? 'PASS' : `FAIL (clusters ${clusters.join(', ')})`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    data: { type: 'string', default: '../shared/data' }, seeds: { type: 'string', default: '../shared/seeds' },
    verbose: { type: 'boolean', default: false } } });
  const dirs = { data: values.data ?? '../shared/data', seeds: values.seeds ?? '../shared/seeds' };
  const gold = JSON.parse(readFileSync(new URL('gold.json', FIXTURES), 'utf8')) as Gold;
  const resolver = createResolver();
  const goldMentions: GoldMention[] = [];
  const texts = new Map<string, string>();
  const records: ExtractionRecord[] = [];
  let extractMs = 0;
  let resolveMs = 0;
  for (const doc of gold.documents) {
    const input = await loadInput(doc, dirs);
    let t = performance.now();
    const record = extractRecord(input);
    extractMs += performance.now() - t;
    t = performance.now();
    resolver.addRecord(record);
    resolveMs += performance.now() - t;
    const text = record.document.text;
    texts.set(doc.id, text);
    records.push(record);
    goldMentions.push(...(doc.source === 're3d' ? re3dMentions(doc, text, gold.clusters, dirs.data) : surfaceMentions(doc.id, text, gold.clusters)));
  }
  const system = new Map<string, SystemMention[]>();
  // Mentions are read from the records again: the graph keeps members without them.
  for (const m of records.flatMap(membersOf)) {
    const cluster = resolver.clusterOf(m.key);
    if (!cluster || m.type === 'equipment') continue;
    system.set(m.document, [...(system.get(m.document) ?? []), ...m.mentions.map((span) => ({ span, cluster }))]);
  }
  const matched = matchMentions(goldMentions, system, texts);
  const goldMap = new Map(goldMentions.map((g) => [`${g.doc}@${g.span[0]}`, g.cluster]));
  const sysMap = new Map([...matched].map(([g, s]) => [`${g.doc}@${g.span[0]}`, s.cluster]));
  const score = bcubed(goldMap, sysMap);
  console.log(`documents ${gold.documents.length}, gold clusters ${new Set(goldMentions.map((g) => g.cluster)).size}, gold mentions ${goldMentions.length}, found by the system ${matched.size} (missing ones count as singletons)`);
  console.log(`system clusters ${resolver.clusters().length}; extraction ${(extractMs / 1000).toFixed(1)} s, resolution ${(resolveMs / 1000).toFixed(2)} s`);
  if (values.verbose) reportErrors(goldMentions, matched);
  console.log('hard cases:');
  let passed = 0;
  for (const hc of gold.hard_cases) {
    const verdict = judgeHardCase(hc, goldMentions, matched);
    if (verdict === 'PASS') passed++;
    console.log(`  ${verdict.startsWith('PASS') ? 'PASS' : 'FAIL'}  ${hc.name}${verdict === 'PASS' ? '' : ` — ${verdict.slice(5)}`}`);
  }
  console.log(`hard cases passed ${passed}/${gold.hard_cases.length}`);
  console.log(`B-cubed precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} over ${score.items} gold mentions`);
  console.log(`resolution B-cubed F1 ${score.f1.toFixed(3)}`);
}

/** Lists gold clusters the system split and system clusters that lump gold clusters together. */
function reportErrors(gold: GoldMention[], matched: Map<GoldMention, SystemMention>): void {
  const bySys = new Map<string, Set<string>>();
  const byGold = new Map<string, Set<string>>();
  for (const g of gold) {
    const s = matched.get(g)?.cluster ?? `(missed ${g.doc.slice(0, 14)}: ${g.surface})`;
    bySys.set(s, (bySys.get(s) ?? new Set()).add(g.cluster));
    byGold.set(g.cluster, (byGold.get(g.cluster) ?? new Set()).add(s));
  }
  for (const [s, gs] of bySys) if (gs.size > 1) console.log(`  lumped in ${s}: ${[...gs].join(', ')}`);
  for (const [g, ss] of byGold) if (ss.size > 1) console.log(`  split ${g}: ${[...ss].join(' | ')}`);
}

await main();
