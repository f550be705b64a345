// Faceted search over a small real corpus: counts cover every match, filters apply before paging,
// and facet values that are also Object property names count like any other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { DocumentInput } from '../model/index.ts';
import { createStore } from '../store/index.ts';
import { extractDocument } from './extract-document.ts';
import { correctionView } from './review.ts';
import { facetedSearch, matchesFacets, type DocumentFacets } from './workbench-facets.ts';

const TEXTS: [string, string | null, string | null, string][] = [
  ['a1', 'Eurasia Daily Monitor', '2006-10-10', 'Russia delivered Humvees to Georgia, the Defence Ministry said in Moscow.'],
  ['a2', 'Eurasia Daily Monitor', '2006-11-02', 'Georgia asked Russia for more Humvees after talks in Tbilisi.'],
  ['a3', 'constructor', '2007-01-15', 'In Kyiv, Ukraine said Russia had sent Humvees to the border.'],
  ['a4', null, null, 'Humvees were seen near Baku, Azerbaijan, according to local reports.'],
  ['a5', 'Eurasia Daily Monitor', '2007-03-01', 'No armoured vehicles at all in this report about Minsk.'],
];

async function corpus() {
  const store = createStore({ kind: 'sqlite', path: ':memory:' });
  for (const [id, publication, published, text] of TEXTS) {
    const doc: DocumentInput = {
      id, source: `${id}.txt`, format: 'txt', title: `Report ${id}`, publication, volume: null, issue: null, published, url: null,
      text, contentHash: createHash('sha256').update(text).digest('hex'),
    };
    await store.saveDocument(doc, extractDocument(doc));
  }
  return store;
}

const page = (limit: number, offset = 0) => ({ limit, offset });
const noCorrections = correctionView([]);

test('without a filter the page is the store\'s and the counts cover every match', async () => {
  const store = await corpus();
  const result = await facetedSearch(store, noCorrections, 'Humvees', {}, page(2));
  assert.equal(result.total, 4);
  assert.equal(result.items.length, 2);
  assert.equal(result.facets.counted, 4);
  assert.equal(result.facets.capped, false);
  assert.deepEqual({ ...result.facets.counts.outlet }, { 'Eurasia Daily Monitor': 2, constructor: 1, 'Unknown outlet': 1 });
  assert.deepEqual({ ...result.facets.counts.published }, { '2006-10': 1, '2006-11': 1, '2007-01': 1 });
  assert.equal(result.facets.undated, 1);
  assert.ok(result.facets.entities.length > 0 && result.facets.entities.every((e) => e.count >= 1));
  await store.close();
});

test('a facet filter narrows the matches before paging, and counts follow the filter', async () => {
  const store = await corpus();
  const first = await facetedSearch(store, noCorrections, 'Humvees', { outlets: ['Eurasia Daily Monitor'] }, page(1));
  assert.equal(first.total, 2);
  assert.deepEqual(first.items.map((h) => h.publication), ['Eurasia Daily Monitor']);
  const second = await facetedSearch(store, noCorrections, 'Humvees', { outlets: ['Eurasia Daily Monitor'] }, page(1, 1));
  assert.equal(second.items.length, 1);
  assert.notEqual(second.items[0]?.documentId, first.items[0]?.documentId);
  assert.deepEqual({ ...first.facets.counts.outlet }, { 'Eurasia Daily Monitor': 2 });
  const dated = await facetedSearch(store, noCorrections, 'Humvees', { from: '2006-11', to: '2007' }, page(10));
  assert.deepEqual(dated.items.map((h) => h.documentId).sort(), ['a2', 'a3']);
  await store.close();
});

test('an entity facet keeps the documents naming that entity', async () => {
  const store = await corpus();
  const all = await facetedSearch(store, noCorrections, 'Humvees', {}, page(10));
  const georgia = all.facets.entities.find((e) => e.name === 'Georgia');
  assert.ok(georgia, 'Georgia is among the entity facets');
  const kept = await facetedSearch(store, noCorrections, 'Humvees', { entities: [georgia.id] }, page(10));
  assert.equal(kept.total, georgia.count);
  assert.ok(kept.items.every((h) => h.documentId === 'a1' || h.documentId === 'a2'));
  await store.close();
});

test('published-date facets overlap partial dates and never match undated documents', () => {
  const doc = (published: string | null): DocumentFacets => ({ id: 'x', title: null, publication: null, published, entityTypes: [], entities: [], eventTypes: [] });
  assert.equal(matchesFacets(doc('2006-10'), { from: '2006-10-10' }), true);
  assert.equal(matchesFacets(doc('2006-09-30'), { from: '2006-10' }), false);
  assert.equal(matchesFacets(doc(null), { to: '2030' }), false);
  assert.equal(matchesFacets(doc(null), {}), true);
});

test('a store total flagged as an estimate marks the counts as capped', async () => {
  const store = await corpus();
  const estimating = new Proxy(store, {
    get(target, key) {
      if (key === 'search') return async (q: string, p?: { limit?: number; offset?: number }) => ({ ...(await target.search(q, p)), totalIsEstimate: true });
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const result = await facetedSearch(estimating, noCorrections, 'Humvees', {}, page(2));
  assert.equal(result.facets.capped, true);
  assert.equal(result.totalIsEstimate, true);
  await store.close();
});
