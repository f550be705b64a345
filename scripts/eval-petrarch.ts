// Checks Lantern's CAMEO verb coder against the PETRARCH2 unit-test records
// (../shared/data/cameo/petrarch2_validation): how many expected codings it reproduces at the
// CAMEO root level. Verbs are taken from each record's Penn Treebank parse, as PETRARCH does.
// Usage: npm run eval:petrarch -- [--data DIR] [--limit N]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cameoRoot, codeVerb } from '../src/extract/events/cameo.ts';

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
function codeRecord(record: TestRecord): Set<string> {
  const lower = record.text.toLowerCase();
  const codes: string[] = [];
  let from = 0;
  for (const verb of record.verbs) {
    const at = lower.indexOf(verb.toLowerCase(), from);
    if (at === -1) continue;
    from = at + verb.length;
    const code = codeVerb(verb, record.text.slice(from, from + 120));
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

let expected = 0;
let reproduced = 0;
let inCodebook = 0;
let reproducedInCodebook = 0;
let predicted = 0;
let quiet = 0;
const noEventRecords = records.filter((r) => r.noEvents && r.expected.length === 0);
for (const record of records) {
  const roots = codeRecord(record);
  predicted += roots.size;
  if (record.noEvents && record.expected.length === 0 && roots.size === 0) quiet++;
  for (const code of record.expected) {
    expected++;
    const valid = codebook.has(code);
    if (valid) inCodebook++;
    if (roots.has(cameoRoot(code))) { reproduced++; if (valid) reproducedInCodebook++; }
    else if (values.verbose) console.log(`${record.id}: expected ${code}, coded ${[...roots].join(',') || '-'}: ${record.text.slice(0, 100)}`);
  }
}
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0');
console.log(`records: ${records.length}; expected codings: ${expected}; root codes predicted: ${predicted}`);
console.log(`expected codings that are CAMEO codes: ${inCodebook}; reproduced at root level: ${reproducedInCodebook} (${pct(reproducedInCodebook, inCodebook)}%)`);
console.log(`no-event records left uncoded: ${quiet}/${noEventRecords.length}`);
console.log(`PETRARCH validation: ${reproduced}/${expected} expected codings reproduced at CAMEO root level (${pct(reproduced, expected)}%)`);
