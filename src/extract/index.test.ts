import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EXTRACTOR_VERSION, extractRecord } from './index.ts';

test('a complete record for an empty document', () => {
  const r = extractRecord({ id: 'empty', text: '' });
  assert.equal(r.schema, 'lantern.extraction/1');
  assert.equal(r.extractor, EXTRACTOR_VERSION);
  assert.deepEqual([r.entities, r.amounts, r.citations, r.quotes, r.dates, r.transfers, r.events], [[], [], [], [], [], [], []]);
  assert.deepEqual(r.document, { id: 'empty', title: null, publication: null, volume: null, issue: null, published: null, text: '' });
});

test('never throws on odd text, and every span lies inside the text', () => {
  const odd = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom('(', ')', '“', '”', '"', '$', '1,000', 'No.', 'Lt.-', 'Minister', 'Astana', 'tenge', ' ', '\n', 'October 10', ',', '.'), { maxLength: 60 }).map((a) => a.join('')));
  fc.assert(fc.property(odd, (text) => {
    const r = extractRecord({ id: 'odd', text, published: '2006' });
    const spans = [...r.entities.flatMap((e) => e.mentions), ...r.amounts.map((a) => a.span), ...r.citations.map((c) => c.span), ...r.quotes.map((q) => q.span), ...r.dates.map((d) => d.span)];
    return spans.every(([a, b]) => a >= 0 && a <= b && b <= text.length);
  }), { numRuns: 150 });
});
