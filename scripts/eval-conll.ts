// Evaluates the committed NER model on CoNLL-2003 eng.testa and eng.testb (npm run eval:conll):
// conlleval-style per-type P/R/F1, tagging speed, and a last line "CoNLL-2003 test F1 0.xxxx".
// Options: --data DIR, --model PATH, --slice N (first N documents of each file), --dev-only (skip testb,
// for development runs).

import './script-help.ts';
import { SpanScorer, formatScores } from '../src/extract/ner/evaluate.ts';
import { loadNerModel, type NerModel } from '../src/extract/ner/index.ts';
import { conllDir, option, readSplit } from './conll-data.ts';

const dir = conllDir();
const slice = option('slice') === undefined ? Infinity : Number(option('slice'));
const loadStart = performance.now();
const model = loadNerModel(option('model'));
console.log(`model loaded in ${((performance.now() - loadStart) / 1000).toFixed(3)} s`);

function evaluate(name: 'eng.testa' | 'eng.testb', ner: NerModel): number {
  const docs = readSplit(dir, name).slice(0, slice);
  const scorer = new SpanScorer();
  let tokens = 0;
  const started = performance.now();
  const predicted = docs.map((doc) => ner.tagDocument(doc.map((s) => s.tokens)));
  const seconds = (performance.now() - started) / 1000;
  docs.forEach((doc, d) => doc.forEach((s, i) => {
    tokens += s.tokens.length;
    scorer.add(s.spans, (predicted[d]?.[i] ?? []).map((p) => ({ start: p.start, end: p.end, type: p.label })));
  }));
  console.log(`\n${name}: ${docs.length} documents, ${tokens} tokens, ${Math.round(tokens / seconds)} tokens/s`);
  for (const line of formatScores(scorer.scores())) console.log(line);
  return scorer.overallF1();
}

evaluate('eng.testa', model);
if (!process.argv.includes('--dev-only')) {
  const test = evaluate('eng.testb', model);
  console.log(`CoNLL-2003 test F1 ${test.toFixed(4)}`);
}
