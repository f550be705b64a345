// Feature extraction: shapes, hashing, gazetteer match positions, and per-token feature rows.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, mix } from './hashing.ts';
import { documentCasing, documentContexts, extractSentenceFeatures, isHeadline } from './features.ts';
import { buildResources, matchGazetteers, GAZETTEER_CATEGORIES, GAZETTEER_WORDS } from './resources.ts';
import { WordInfoCache } from './word-info.ts';
import { normaliseToken, shortShape, wordShape } from './word-shape.ts';

const resources = buildResources({
  gazetteers: { country: ['Kazakhstan', 'United States'], city: ['Almaty'], 'actor-first-name': ['Almaty'] },
  clusters: { Almaty: [3, 2, 1] },
});

test('word shapes collapse character classes', () => {
  assert.equal(wordShape('Kazakhstan'), 'Xxxxx');
  assert.equal(shortShape('Kazakhstan'), 'Xx');
  assert.equal(shortShape('U.S.'), 'X.X.');
  assert.equal(shortShape('1996-08-22'), 'd-d-d');
  assert.equal(shortShape('NATO'), 'X');
});

test('curly apostrophes read as straight ones', () => {
  assert.equal(normaliseToken('Kazakhstan’s'), "Kazakhstan's");
  const cache = new WordInfoCache(resources);
  assert.deepEqual(cache.get('’s'), cache.get("'s"));
});

test('hashes are deterministic and template-specific', () => {
  assert.equal(hashString('Almaty'), hashString('Almaty'));
  assert.notEqual(mix(1, hashString('Almaty')), mix(2, hashString('Almaty')));
});

test('gazetteer matches mark begin, inside/last and unit positions per category', () => {
  const cache = new WordInfoCache(resources);
  const tokens = ['the', 'united', 'States', 'and', 'Almaty'];
  const out = new Uint32Array(tokens.length * GAZETTEER_WORDS);
  matchGazetteers(resources, tokens.map((t) => cache.get(t).key), out);
  const country = GAZETTEER_CATEGORIES.indexOf('country'), city = GAZETTEER_CATEGORIES.indexOf('city');
  const at = (token: number): number => out[token * GAZETTEER_WORDS] as number;
  assert.equal(at(0), 0);
  assert.equal(at(1), 1 << (4 * country));
  assert.equal(at(2), 1 << (4 * country + 2));
  assert.equal(at(4), 1 << (4 * city + 3));
  // categories past the eighth live in the token's second match word
  const first = GAZETTEER_CATEGORIES.indexOf('actor-first-name');
  assert.ok(first >= 8);
  assert.equal(out[4 * GAZETTEER_WORDS + (first >> 3)], 1 << (4 * (first & 7) + 3));
});

test('each token gets its feature rows inside the weight table', () => {
  const cache = new WordInfoCache(resources);
  const tokens = ['Bolat', 'Sembinov', 'visited', 'Almaty', '.'];
  const infos = tokens.map((t) => cache.get(t));
  const space = { bits: 12, labels: 9 };
  const f = extractSentenceFeatures(infos, resources, { casing: documentCasing([infos]), topic: 0, space });
  assert.equal(f.length, 5);
  for (let i = 0; i < 5; i++) assert.ok((f.starts[i + 1] as number) - (f.starts[i] as number) > 20);
  for (const row of f.rows) assert.ok(row >= 0 && row < (1 << 12) * 9 && row % 9 === 0);
});

test('headlines are sentences without lowercase words', () => {
  const cache = new WordInfoCache(resources);
  assert.equal(isHeadline(['SOCCER', '-', 'JAPAN', 'WIN', '.'].map((t) => cache.get(t))), true);
  assert.equal(isHeadline(['Japan', 'won', '.'].map((t) => cache.get(t))), false);
});

test('context aggregation gives every mention of a capitalised word the neighbours of all its mentions', () => {
  const cache = new WordInfoCache(resources);
  const doc = [['Rotor', 'are', 'well', 'placed', '.'], ['It', 'ended', 'Rotor', "'s", 'run', '.'], ['ROTOR', 'FANS', 'LOCKED', 'OUT']]
    .map((s) => s.map((t) => cache.get(t)));
  const contexts = documentContexts(doc);
  assert.deepEqual(contexts.get(cache.get('Rotor').lower), [mix(1, cache.get('are').lower), mix(0, cache.get('ended').lower), mix(1, cache.get("'s").lower)]);
  const space = { bits: 16, labels: 17 };
  const sentence = doc[0] ?? [];
  const alone = extractSentenceFeatures(sentence, resources, { casing: new Map(), topic: 0, space });
  const aggregated = extractSentenceFeatures(sentence, resources, { casing: new Map(), contexts, topic: 0, space });
  assert.equal((aggregated.starts[1] as number) - (alone.starts[1] as number), 3);
});
