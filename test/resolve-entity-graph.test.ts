// The entity graph over the two seed reports: detail with roles over time and relations with
// provenance, neighbours, split/retype/accept/reject, and two stores on one file staying in step.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/app/index.ts';
import { withResolution } from '../src/app/resolution.ts';
import { judgeExtraction, mergeEntities, retypeEntity, splitEntity } from '../src/app/resolution-corrections.ts';
import { entityDetail, entityNeighbors, entityTimeline, lookupEntity } from '../src/app/resolution-graph.ts';
import type { Store } from '../src/model/index.ts';
import { createStore } from '../src/store/index.ts';

const SEEDS = ['samples/000_84172de54e6bc5e0.txt', 'samples/003_c674a82b06f24ef4.txt'];
const work = mkdtempSync(join(tmpdir(), 'lantern-graph-'));
const actor = { name: 'tester' };
let n = 0;

test.after(() => rmSync(work, { recursive: true, force: true }));

async function seeded(): Promise<{ store: Store; path: string }> {
  const path = join(work, `graph-${(n += 1)}.db`);
  const store = withResolution(createStore({ kind: 'sqlite', path }));
  await ingestPaths(store, SEEDS);
  return { store, path };
}

test('detail, timeline and neighbours of a person named in both seeds', async () => {
  const { store } = await seeded();
  try {
    const nazarbayev = await lookupEntity(store, 'Nazarbayev');
    assert.equal(nazarbayev.name, 'Nursultan Nazarbayev');
    const detail = await entityDetail(store, nazarbayev.id);
    assert.deepEqual(detail.documents, ['000_84172de54e6bc5e0', '003_c674a82b06f24ef4']);
    assert.deepEqual(detail.roles.map((r) => [r.date, r.title]), [['2005', 'president'], ['2006', 'president']]);
    const cites = detail.relations.find((r) => r.kind === 'cites');
    assert.equal(cites?.other.name, 'Interfax');
    assert.ok(cites?.provenance[0]?.sources.includes('Interfax'), 'a relation names its cited source');
    assert.deepEqual((await entityTimeline(store, nazarbayev.id)).roles, detail.roles);
    assert.deepEqual(detail.relationsFrom, { documents: 2, of: 2 });
    // Read from the most recent document only (the 2006 report), and saying so.
    const recent = await entityDetail(store, nazarbayev.id, 1);
    assert.deepEqual(recent.relationsFrom, { documents: 1, of: 2 });
    assert.deepEqual(recent.documents, detail.documents);
    assert.deepEqual(recent.roles.map((r) => [r.date, r.title]), [['2006', 'president']]);
    assert.deepEqual([...new Set(recent.relations.flatMap((r) => r.provenance.map((p) => p.document)))], ['000_84172de54e6bc5e0']);

    const hood = await entityNeighbors(store, nazarbayev.id, ['cites', 'holds-role']);
    assert.ok(hood.nodes.some((x) => x.id === nazarbayev.id) && hood.nodes.some((x) => x.name === 'Interfax'));
    assert.ok(hood.edges.length > 0 && hood.edges.every((e) => e.kind === 'cites' || e.kind === 'holds-role'));
    const ids = new Set(hood.nodes.map((x) => x.id));
    for (const e of hood.edges) {
      assert.ok(ids.has(e.from) && ids.has(e.to), 'every edge joins listed nodes');
      for (const p of e.provenance) assert.ok(p.spans.length > 0, 'every statement has its spans');
    }
  } finally {
    await store.close();
  }
});

test('split, retype, reject and accept change what is served', async () => {
  const { store } = await seeded();
  try {
    const kazakhstan = await lookupEntity(store, 'Kazakhstan');
    const astana = await lookupEntity(store, 'Astana');
    const merged = await mergeEntities(store, [kazakhstan.id, astana.id], actor);
    assert.ok(merged.after?.aliases.includes('Astana'));
    const split = await splitEntity(store, merged.after?.id ?? '', { name: 'Astana' }, actor);
    assert.equal(split.after?.name, 'Astana');
    assert.notEqual(split.after?.id, merged.after?.id);
    assert.equal((await store.getEntity(kazakhstan.id))?.aliases.includes('Astana'), false);
    await assert.rejects(splitEntity(store, kazakhstan.id, { name: 'Kazakhstan' }, actor), /leave something/u);

    const kazbat = await lookupEntity(store, 'KAZBAT');
    const retyped = await retypeEntity(store, kazbat.id, 'group', actor);
    assert.equal(retyped.after?.type, 'group');
    assert.ok((await store.listEntities({ type: 'group', limit: 200 })).items.some((e) => e.name === 'KAZBAT'));
    await assert.rejects(retypeEntity(store, kazbat.id, 'planet', actor), /type must be one of/u);

    const record = await store.getRecord('000_84172de54e6bc5e0');
    const kazinform = record?.entities.find((e) => e.name === 'Kazinform');
    assert.ok(kazinform);
    assert.equal((await judgeExtraction(store, '000_84172de54e6bc5e0', kazinform.id, 'reject', actor)).after, null);
    await assert.rejects(lookupEntity(store, 'Kazinform'), /not found|no such/iu);
    await judgeExtraction(store, '000_84172de54e6bc5e0', kazinform.id, 'accept', actor);
    assert.equal((await lookupEntity(store, 'Kazinform')).name, 'Kazinform', 'a later accept undoes the reject');
    await assert.rejects(judgeExtraction(store, '000_84172de54e6bc5e0', 'no-such', 'accept', actor), /not found|no such/iu);
  } finally {
    await store.close();
  }
});

test('two stores on one file: a correction made by one is seen and kept by the other', async () => {
  const { store, path } = await seeded();
  const other = withResolution(createStore({ kind: 'sqlite', path }));
  try {
    const russia = await lookupEntity(other, 'Russia');
    const china = await lookupEntity(store, 'China');
    await mergeEntities(other, [russia.id, china.id], actor);
    // The first store's resolver is behind; its next change must build on the merge, not undo it.
    const kazbat = await lookupEntity(store, 'KAZBAT');
    await retypeEntity(store, kazbat.id, 'group', actor);
    const after = await lookupEntity(other, 'Russia');
    assert.ok(after.aliases.includes('China'), 'the merge survived the other store\'s later change');
    assert.equal((await lookupEntity(other, 'KAZBAT')).type, 'group');
  } finally {
    await other.close();
    await store.close();
  }
});
