// Cross-cutting properties of the incremental resolver over the hand-written hard-case texts:
// saving and resuming between documents changes nothing, and re-adding a document is idempotent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createResolver, type Resolver } from '../src/resolve/index.ts';
import { HARD_CASE_RECORDS } from './support/hard-case-records.ts';
import type { ExtractionRecord } from '../src/model/index.ts';

const RECORDS = [...HARD_CASE_RECORDS];

/** The clustering as a set of member-key sets, independent of cluster ids. */
function partition(r: Resolver): string[] {
  return r.clusters().map((c) => [...c.members].sort().join(' + ')).sort();
}

test('saving and resuming between every document gives the same clustering, in any order', () => {
  fc.assert(fc.property(fc.shuffledSubarray(RECORDS, { minLength: 2 }), (records) => {
    const straight = createResolver();
    let resumed = createResolver();
    for (const rec of records) {
      straight.addRecord(rec);
      resumed.addRecord(rec);
      resumed = createResolver(JSON.parse(JSON.stringify(resumed.state())));
    }
    assert.deepEqual(partition(resumed), partition(straight));
  }), { numRuns: 30 });
});

test('re-adding a document already resolved changes nothing', () => {
  fc.assert(fc.property(fc.shuffledSubarray(RECORDS, { minLength: 2 }), fc.nat(), (records, pick) => {
    const r = createResolver();
    for (const rec of records) r.addRecord(rec);
    const before = partition(r);
    const delta = r.addRecord(records[pick % records.length] as ExtractionRecord);
    assert.deepEqual(partition(r), before);
    assert.deepEqual(delta.created, []);
    assert.deepEqual(delta.removed, []);
  }), { numRuns: 30 });
});

test('the hard cases hold whatever the order of the documents', () => {
  fc.assert(fc.property(fc.shuffledSubarray(RECORDS, { minLength: RECORDS.length }), (records) => {
    const r = createResolver();
    for (const rec of records) r.addRecord(rec);
    const clusterOf = (doc: string, name: string) => {
      const m = r.members().find((x) => x.document === doc && x.name === name);
      assert.ok(m, `${name} in ${doc}`);
      return r.clusterOf(m.key);
    };
    assert.equal(clusterOf('a2005', 'Daniyal Akhmetov'), clusterOf('a2007', 'Daniyal Akhmetov'));
    assert.equal(clusterOf('a2005', 'Daniyal Akhmetov'), clusterOf('t2006', 'Daniel Akhmetov'));
    assert.notEqual(clusterOf('a2005', 'Daniyal Akhmetov'), clusterOf('s2013', 'Serik Akhmetov'));
    assert.notEqual(clusterOf('iru', 'Sergei Ivanov'), clusterOf('ikz', 'Sergei Ivanov'));
    assert.equal(clusterOf('a2007', 'Ministry of Defense'), r.clusterOf(r.members().find((m) => m.document === 'b2008' && m.type === 'organization' && m.country === 'KZ')?.key ?? ''));
    assert.equal(clusterOf('r2007', 'Ministry of Defense'), r.clusterOf(r.members().find((m) => m.document === 'b2008' && m.type === 'organization' && m.country === 'RU')?.key ?? ''));
  }), { numRuns: 20 });
});

test('addRecords in one call leaves the state that addRecord one by one leaves, re-adds included', () => {
  fc.assert(fc.property(fc.shuffledSubarray(RECORDS, { minLength: 2 }), fc.nat(), (records, pick) => {
    const again = records[pick % records.length] as ExtractionRecord;
    const single = createResolver();
    for (const rec of [...records, again]) single.addRecord(rec);
    const bulk = createResolver();
    bulk.addRecords([...records, again]);
    assert.deepEqual(bulk.state(), single.state());
    assert.deepEqual(partition(bulk), partition(single));
  }), { numRuns: 30 });
});
