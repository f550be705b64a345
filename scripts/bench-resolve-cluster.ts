// Benchmark: the resolver's cost as one cluster grows (an outlet cited in thousands of documents).
// Adds N small documents that all name the same agency and reports the time per 1,000 additions,
// one addRecord each (with its delta) or, with --bulk, addRecords in runs of 1,000.
// Usage: npm run bench:resolve -- [--documents 5000] [--bulk]

import './script-help.ts';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { ExtractionRecord } from '../src/model/index.ts';
import { createResolver } from '../src/resolve/index.ts';
import { fixtureRecord } from '../src/resolve/fixture-records.ts';

const { values } = parseArgs({
  options: { documents: { type: 'string', default: '5000' }, bulk: { type: 'boolean', default: false } },
});
const total = Number(values.documents);
if (!Number.isInteger(total) || total < 1) {
  process.stderr.write(`bench:resolve: --documents must be a positive whole number, not "${values.documents}"\n`);
  process.exit(2);
}
const spellings = ['Interfax', 'Interfax news agency', 'Interfax-Kazakhstan'];

function report(i: number): ExtractionRecord {
  const outlet = spellings[i % spellings.length] ?? 'Interfax';
  const text = `Officials in Astana confirmed the exercise on day ${i}, ${outlet} reported.`;
  return fixtureRecord(`doc-${i}`, text, [
    { id: 'o', type: 'organization', name: outlet },
    { id: 'a', type: 'place', name: 'Astana' },
  ]);
}

const resolver = createResolver();
let mark = performance.now();
const started = mark;
for (let run = 0; run < total; run += 1000) {
  const records = Array.from({ length: Math.min(1000, total - run) }, (_, k) => report(run + k));
  if (values.bulk) resolver.addRecords(records);
  else for (const record of records) resolver.addRecord(record);
  const now = performance.now();
  console.log(`documents ${run + records.length}: last ${records.length.toLocaleString('en-US')} in ${(now - mark).toFixed(0)} ms`);
  mark = now;
}
const largest = Math.max(...resolver.clusters().map((c) => c.members.length));
console.log(`${total} documents in ${((performance.now() - started) / 1000).toFixed(2)} s; largest cluster ${largest} members; ${resolver.clusters().length} clusters`);
