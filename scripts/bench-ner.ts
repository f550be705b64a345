// Tagging speed of the NER model (npm run bench:ner): model load time, then eng.testa tagged
// five times on one core; prints tokens/s of the first (cold word cache) and the best run.

import { loadNerModel } from '../src/extract/ner/index.ts';
import { conllDir, option, readSplit } from './conll-data.ts';

const started = performance.now();
const model = loadNerModel(option('model'));
console.log(`load ${((performance.now() - started) / 1000).toFixed(3)} s`);
const docs = readSplit(conllDir(), 'eng.testa').map((doc) => doc.map((s) => s.tokens));
const tokens = docs.reduce((n, doc) => n + doc.reduce((m, s) => m + s.length, 0), 0);
const rates: number[] = [];
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  for (const doc of docs) model.tagDocument(doc);
  rates.push(tokens / ((performance.now() - t0) / 1000));
}
console.log(`${tokens} tokens: cold ${Math.round(rates[0] ?? 0)} tokens/s, best ${Math.round(Math.max(...rates))} tokens/s`);
