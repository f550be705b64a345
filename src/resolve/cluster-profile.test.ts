// A 5,000-member cluster (an outlet and a president named in every report) is built, thinned and
// rebuilt through the resolver; its name, country and who may join are checked against the
// definitions (most frequent name, first to appear on ties; fullest person name; given names).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractionRecord } from '../model/index.ts';
import { fixtureRecord } from './fixture-records.ts';
import { createResolver, type Resolver } from './resolver.ts';
import type { Cluster } from './types.ts';

const N = 5000;
// Two spellings 2,000 times each and a third 1,000 times: the tie goes to the first to appear.
const OUTLETS = ['Interfax', 'Interfax', 'INTERFAX', 'INTERFAX', 'Interfax’s'];
const PEOPLE = ['Nazarbayev', 'Nursultan Nazarbayev', 'Nazarbaev', 'President Nazarbayev'];

function report(i: number): ExtractionRecord {
  const outlet = OUTLETS[i % OUTLETS.length] ?? 'Interfax';
  const person = PEOPLE[i % PEOPLE.length] ?? 'Nazarbayev';
  return fixtureRecord(`r${i}`, `${person} spoke in Astana on day ${i}, ${outlet} reported.`, [
    { id: 'o', type: 'media', name: outlet, country: 'RU' },
    { id: 'p', type: 'person', name: person, country: 'KZ' },
  ]);
}

/** The definition of a non-person cluster's name: most frequent in member order, first on ties. */
function mostFrequentName(r: Resolver, c: Cluster): string {
  const byKey = new Map(r.members().map((m) => [m.key, m.name]));
  const counts = new Map<string, number>();
  for (const k of c.members) { const n = byKey.get(k) ?? ''; counts.set(n, (counts.get(n) ?? 0) + 1); }
  return [...counts.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
}

const outletCluster = (r: Resolver) => r.clusters().find((c) => c.type === 'media');

test('a 5,000-member cluster keeps the name, country and joining rules its members define', () => {
  const r = createResolver();
  r.addRecords(Array.from({ length: N }, (_, i) => report(i)));
  const outlet = outletCluster(r);
  const president = r.clusters().find((c) => c.type === 'person');
  assert.deepEqual([outlet?.members.length, outlet?.name, outlet?.country], [N, 'Interfax', 'RU']);
  assert.deepEqual([president?.members.length, president?.name, president?.country], [N, 'Nursultan Nazarbayev', 'KZ']);
  assert.equal(r.clusters().length, 2);

  // Five "Interfax" reports go: "INTERFAX" is now the most frequent.
  for (const i of [0, 1, 5, 6, 10]) r.removeDocument(`r${i}`);
  const thinned = outletCluster(r);
  assert.ok(thinned);
  assert.deepEqual([thinned.members.length, thinned.name], [N - 5, 'INTERFAX']);
  assert.equal(thinned.name, mostFrequentName(r, thinned));

  // Back again they tie, and "INTERFAX" (report 2) now appears before any remaining "Interfax" (report 11).
  r.addRecords([0, 1, 5, 6, 10].map(report));
  const rebuilt = outletCluster(r);
  assert.ok(rebuilt);
  assert.deepEqual([rebuilt.members.length, rebuilt.name], [N, 'INTERFAX']);
  assert.equal(rebuilt.name, mostFrequentName(r, rebuilt));

  // Another given name never joins the president, however large his cluster.
  r.addRecord(fixtureRecord('son', 'Rakhat Nazarbayev spoke in Vienna.', [{ id: 'p', type: 'person', name: 'Rakhat Nazarbayev', country: 'KZ' }]));
  const son = r.members().find((m) => m.document === 'son');
  const presidentNow = r.clusters().find((c) => c.name === 'Nursultan Nazarbayev');
  assert.ok(son && presidentNow);
  assert.notEqual(r.clusterOf(son.key), presidentNow.id);
  assert.equal(presidentNow.members.length, N);
});
