// Checks Lantern's CAMEO verb coder against the PETRARCH2 unit-test records
// (../shared/data/cameo/petrarch2_validation): how many expected codings it reproduces at the
// CAMEO root level. Verbs are taken from each record's Penn Treebank parse, as PETRARCH does.
// The suite's codes come from its own, mostly WEIS, dictionary, so the coder is scored twice: with
// Lantern's CAMEO lexicon, and with the suite's dictionary (PETR.Validate.verbs.txt) read the same way.
// Usage: npm run eval:petrarch -- [--data DIR] [--limit N]

import './script-help.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cameoRoot, codeVerb, readCameoVerbs, type CameoVerbs } from '../src/extract/events/cameo.ts';
import { buildVerbLexicon } from './build-verb-lexicon.ts';

interface TestRecord {
  id: string;
  text: string;
  verbs: string[];
  expected: string[];
  noEvents: boolean;
}

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/cameo/petrarch2_validation' },
    limit: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const attr = (tag: string, name: string): string | undefined => tag.match(new RegExp(`${name}\\s*=\\s*"([^"]*)"`))?.[1];

function readRecords(xml: string): TestRecord[] {
  const out: TestRecord[] = [];
  for (const m of xml.matchAll(/<Sentence\s([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const body = m[2]!.replace(/<!--[\s\S]*?-->/g, '');
    const codings = [...body.matchAll(/<EventCoding\s([^>]*)>/g)].map((c) => c[1]!);
    const parse = body.match(/<Parse>([\s\S]*?)<\/Parse>/)?.[1] ?? '';
    out.push({
      id: attr(m[1]!, 'id') ?? '?',
      text: (body.match(/<Text>([\s\S]*?)<\/Text>/)?.[1] ?? '').replace(/\s+/g, ' ').trim(),
      verbs: [...parse.matchAll(/\((VB[DGNPZ]?)\s+([^()\s]+)\)/g)].map((v) => v[2]!),
      expected: codings.map((c) => attr(c, 'eventcode')).filter((c): c is string => !!c && /^\d+$/.test(c)),
      noEvents: codings.some((c) => attr(c, 'noevents') === 'True'),
    });
  }
  return out;
}

/** CAMEO roots the coder gives the record's verbs; a reporting verb ("said") only when nothing else is coded. */
function codeRecord(record: TestRecord, lexicon: CameoVerbs): Set<string> {
  const lower = record.text.toLowerCase();
  const codes: string[] = [];
  let from = 0;
  for (const verb of record.verbs) {
    const at = lower.indexOf(verb.toLowerCase(), from);
    if (at === -1) continue;
    from = at + verb.length;
    const code = codeVerb(verb, record.text.slice(from, from + 120), lexicon);
    if (code) codes.push(code);
  }
  const roots = new Set(codes.map(cameoRoot));
  if (roots.size > 1) roots.delete('01');
  return roots;
}

/** Codes in the CAMEO codebook; the validation dictionaries also use older WEIS codes ("224") no CAMEO coder can give. */
function cameoCodebook(): Set<string> {
  const file = join(values.data, '..', 'CAMEO.eventcodes.txt');
  return new Set(readFileSync(file, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]!.trim()).filter(Boolean));
}

const codebook = cameoCodebook();
let records = readRecords(readFileSync(join(values.data, 'PETR.UnitTest.records.xml'), 'utf8'));
if (values.limit) records = records.slice(0, Number(values.limit));

interface Score { expected: number; reproduced: number; inCodebook: number; reproducedInCodebook: number; predicted: number; quiet: number }

function scoreWith(lexicon: CameoVerbs, label: string): Score {
  const score: Score = { expected: 0, reproduced: 0, inCodebook: 0, reproducedInCodebook: 0, predicted: 0, quiet: 0 };
  for (const record of records) {
    const roots = codeRecord(record, lexicon);
    score.predicted += roots.size;
    if (record.noEvents && record.expected.length === 0 && roots.size === 0) score.quiet++;
    for (const code of record.expected) {
      score.expected++;
      const valid = codebook.has(code);
      if (valid) score.inCodebook++;
      if (roots.has(cameoRoot(code))) { score.reproduced++; if (valid) score.reproducedInCodebook++; }
      else if (values.verbose) console.log(`[${label}] ${record.id}: expected ${code}, coded ${[...roots].join(',') || '-'}: ${record.text.slice(0, 100)}`);
    }
  }
  return score;
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0');
const noEventRecords = records.filter((r) => r.noEvents && r.expected.length === 0).length;
const lantern = scoreWith(readCameoVerbs(new URL('../data/lexicon/cameo-verbs.json', import.meta.url)), 'lantern');
const suite = scoreWith(buildVerbLexicon(join(values.data, 'PETR.Validate.verbs.txt')), 'suite');
console.log(`records: ${records.length}; expected codings: ${lantern.expected} (${lantern.inCodebook} of them CAMEO codes); no-event records: ${noEventRecords}`);
for (const [name, s] of [['Lantern CAMEO lexicon', lantern], ["suite's own dictionary", suite]] as const) {
  console.log(`${name}: ${s.reproduced}/${s.expected} reproduced (${pct(s.reproduced, s.expected)}%), CAMEO-coded ${s.reproducedInCodebook}/${s.inCodebook}; ${s.predicted} root codes predicted; no-event records left uncoded ${s.quiet}/${noEventRecords}`);
}
console.log(`PETRARCH validation: ${lantern.reproduced}/${lantern.expected} expected codings reproduced at CAMEO root level with Lantern's lexicon (${pct(lantern.reproduced, lantern.expected)}%), ${suite.reproduced}/${suite.expected} with the suite's dictionary (${pct(suite.reproduced, suite.expected)}%)`);
