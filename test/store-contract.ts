// The Store contract suite: every backend (SQLite now, PostgreSQL later) runs these same cases
// through `runStoreContract(name, openStore)`. Fixtures are small records built from real prose.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { DocumentInput, Entity, ExtractionRecord, Store } from '../src/model/index.ts';

const TEXT_A = 'Kazakhstan received 2,080 riot shields from the United States (Interfax, July 1, 4). '
  + 'Interior Minister Zautbek Turisbekov said Kazakhstan would use force.';
const TEXT_B = 'Russia and Kazakhstan held a joint exercise near Aktau in October 2006. '
  + 'The exercise involved Humvee vehicles.';

function span(text: string, needle: string, from = 0): [number, number] {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `fixture text lacks "${needle}"`);
  return [start, start + needle.length];
}

function entity(text: string, id: string, type: Entity['type'], name: string): Entity {
  const mentions: [number, number][] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push([at, at + name.length]);
  return { id, type, name, aliases: [], mentions };
}

export function makeDocument(id: string, text: string, title: string | null = null): DocumentInput {
  return {
    id, source: `${id}.txt`, format: 'txt', title, publication: 'Eurasia Daily Monitor', volume: 3, issue: 191,
    published: '2006', url: null, text, contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

export function makeRecord(doc: DocumentInput, entities: Entity[] = []): ExtractionRecord {
  return {
    schema: 'lantern.extraction/1',
    document: { id: doc.id, title: doc.title, publication: doc.publication, volume: doc.volume, issue: doc.issue, published: doc.published, text: doc.text },
    entities, amounts: [], transfers: [], events: [], citations: [], quotes: [], dates: [],
  };
}

export function recordA(doc: DocumentInput): ExtractionRecord {
  const t = doc.text;
  const record = makeRecord(doc, [
    entity(t, 'e1', 'place', 'Kazakhstan'), entity(t, 'e2', 'place', 'United States'),
    entity(t, 'e3', 'person', 'Zautbek Turisbekov'), entity(t, 'e4', 'media', 'Interfax'),
  ]);
  record.citations = [{ id: 'c1', source: 'Interfax', dates: ['2005-07-01', '2005-07-04'], span: span(t, '(Interfax, July 1, 4)'), claim: [0, 61] }];
  record.transfers = [{
    id: 't1', supplier: 'e2', recipient: 'e1', items: [{ item: 'riot shields', quantity: 2080 }], value: null,
    status: 'delivered', date: '2005-07', place: null, citations: ['c1'], span: [0, 61],
  }];
  record.events = [{
    id: 'v1', type: 'transfer', cameo: '070', date: '2005-07', place: null, actors: ['e2'], targets: ['e1'],
    quantity: 2080, citations: ['c1'], span: [0, 61], summary: 'United States delivered riot shields to Kazakhstan',
  }];
  return record;
}

export function recordB(doc: DocumentInput): ExtractionRecord {
  const t = doc.text;
  const record = makeRecord(doc, [
    entity(t, 'p1', 'place', 'Russia'), entity(t, 'p2', 'place', 'Kazakhstan'), entity(t, 'p3', 'place', 'Aktau'),
  ]);
  record.events = [{
    id: 'ev1', type: 'exercise', cameo: null, date: '2006-10', place: 'p3', actors: ['p1', 'p2'], targets: [],
    quantity: null, citations: [], span: span(t, 'Russia and Kazakhstan held a joint exercise near Aktau in October 2006.'),
    summary: 'Russia and Kazakhstan exercised near Aktau',
  }];
  return record;
}

/** Registers the contract's tests; `open` returns a fresh, empty store each time. */
export function runStoreContract(name: string, open: () => Promise<Store>): void {
  const withStore = (title: string, body: (store: Store) => Promise<void>) =>
    test(`${name}: ${title}`, async () => {
      const store = await open();
      try { await body(store); } finally { await store.close(); }
    });

  withStore('saves a document once; the same content again is unchanged', async (store) => {
    const doc = makeDocument('a', TEXT_A, 'Shields');
    assert.equal(await store.saveDocument(doc, recordA(doc)), 'created');
    assert.equal(await store.saveDocument(doc, recordA(doc)), 'unchanged');
    const copy = { ...doc, id: 'a-copy' };
    assert.equal(await store.saveDocument(copy, recordA(copy)), 'unchanged', 'same content under another id');
    assert.equal(await store.hasContent(doc.contentHash), true);
    assert.equal((await store.listDocuments()).total, 1);
    const stored = await store.getDocument('a');
    assert.equal(stored?.text, TEXT_A);
    assert.equal(stored?.title, 'Shields');
    assert.deepEqual((await store.getRecord('a'))?.transfers[0]?.items, [{ item: 'riot shields', quantity: 2080 }]);
  });

  withStore('saveDocuments: the outcomes and rows of one-by-one saves, in one transaction', async (store) => {
    assert.ok(store.saveDocuments, `${name} saves in batches`);
    const a = makeDocument('a', TEXT_A, 'Shields');
    const b = makeDocument('b', TEXT_B);
    const copy = { ...a, id: 'a-copy' };
    const b2 = makeDocument('b', `${TEXT_B} Aktau hosted it.`);
    const outcomes = await store.saveDocuments([
      { doc: a, record: recordA(a) }, { doc: copy, record: recordA(copy) }, { doc: b, record: recordB(b) }, { doc: b2, record: recordB(b2) },
    ]);
    assert.deepEqual(outcomes, ['created', 'unchanged', 'created', 'updated']);
    assert.deepEqual((await store.listDocuments()).items.map((d) => d.id).sort(), ['a', 'b']);
    assert.equal((await store.getDocument('b'))?.text, b2.text);
    assert.equal((await store.listEvents()).total, 2);
    assert.deepEqual(await store.saveDocuments([{ doc: a, record: recordA(a) }]), ['unchanged']);
    const c = makeDocument('c', `${TEXT_A} Again.`);
    const bad = recordA(c);
    bad.document.text = 'something else';
    const d = makeDocument('d', `${TEXT_B} Again.`);
    await assert.rejects(store.saveDocuments([{ doc: d, record: recordB(d) }, { doc: c, record: bad }]), { code: 'validation' });
    assert.equal(await store.getDocument('d'), null, 'a refused batch saves nothing');
  });

  withStore('refuses a record whose text is not the document text', async (store) => {
    const doc = makeDocument('a', TEXT_A);
    const record = recordA(doc);
    record.document.text = 'something else';
    await assert.rejects(store.saveDocument(doc, record), { code: 'validation' });
    assert.equal(await store.getDocument('a'), null);
  });

  withStore('a new version of a document replaces all its rows', async (store) => {
    const first = makeDocument('doc', TEXT_A);
    await store.saveDocument(first, recordA(first));
    const second = makeDocument('doc', TEXT_B);
    assert.equal(await store.saveDocument(second, recordB(second)), 'updated');
    assert.equal((await store.search('shields')).total, 0);
    assert.equal((await store.search('Humvee')).total, 1);
    assert.equal((await store.listTransfers()).total, 0);
    assert.equal(await store.getEntity('person:zautbek-turisbekov'), null);
    assert.equal((await store.listEvents()).items[0]?.type, 'exercise');
  });

  withStore('search ranks, marks snippets and survives syntax errors', async (store) => {
    const a = makeDocument('a', TEXT_A);
    const b = makeDocument('b', TEXT_B);
    await store.saveDocument(a, recordA(a));
    await store.saveDocument(b, recordB(b));
    const hits = await store.search('Humvee');
    assert.equal(hits.total, 1);
    assert.equal(hits.items[0]?.documentId, 'b');
    assert.match(hits.items[0]?.snippet ?? '', /«Humvee»/u);
    assert.equal((await store.search('Kazakhstan')).total, 2);
    assert.equal((await store.search('"joint exercise"')).items[0]?.documentId, 'b');
    for (const odd of ['"unbalanced', 'AND OR NOT', 'riot*', '(((', 'a:b', 'NEAR(', '-', '*']) {
      await assert.doesNotReject(store.search(odd), `query ${odd}`);
    }
    assert.equal((await store.search('')).total, 0);
  });

  withStore('search pages with an exact total, and a 10 MB repetitive document gets a short snippet', async (store) => {
    const a = makeDocument('a', TEXT_A);
    const b = makeDocument('b', TEXT_B);
    // The word about 400,000 times: FTS5's own snippet() once took minutes on such a text.
    const big = makeDocument('big', 'Humvee convoy near Aktau. '.repeat(400_000));
    for (const [doc, record] of [[a, recordA(a)], [b, recordB(b)], [big, makeRecord(big)]] as const) {
      await store.saveDocument(doc, record);
    }
    const hits = await store.search('Humvee');
    assert.equal(hits.total, 2);
    assert.notEqual(hits.totalIsEstimate, true, 'a small total is counted, not estimated');
    assert.deepEqual(hits.items.map((h) => h.documentId).sort(), ['b', 'big']);
    for (const hit of hits.items) {
      assert.match(hit.snippet, /«Humvee»/u);
      assert.ok(hit.snippet.length <= 400, `snippet of ${hit.documentId}: ${hit.snippet.length} characters`);
    }
    const second = await store.search('Humvee', { limit: 1, offset: 1 });
    assert.deepEqual([second.total, second.items.length], [2, 1]);
    assert.notEqual(second.items[0]?.documentId, hits.items[0]?.documentId);
    const past = await store.search('Humvee', { limit: 5, offset: 5 });
    assert.deepEqual([past.total, past.items.length], [2, 0]);
    const aktau = await store.search('aktau');
    assert.equal(aktau.total, 2);
    assert.ok(aktau.items.every((h) => h.score > 0 && /«Aktau»/u.test(h.snippet)));
  });

  withStore('entities group across documents by type and name', async (store) => {
    const a = makeDocument('a', TEXT_A);
    const b = makeDocument('b', TEXT_B);
    await store.saveDocument(a, recordA(a));
    await store.saveDocument(b, recordB(b));
    const kz = await store.getEntity('place:kazakhstan');
    assert.equal(kz?.documentCount, 2);
    assert.equal(kz?.mentionCount, 3);
    assert.equal((await store.listEntities({ q: 'turis' })).items[0]?.name, 'Zautbek Turisbekov');
    assert.equal((await store.listEntities({ type: 'place' })).total, 4);
    const mentions = await store.listMentions('place:kazakhstan');
    assert.equal(mentions.total, 3);
    assert.ok(mentions.items.every((m) => m.text === 'Kazakhstan'));
  });

  withStore('events and transfers filter by type, dates, entity, item and status', async (store) => {
    const a = makeDocument('a', TEXT_A);
    const b = makeDocument('b', TEXT_B);
    await store.saveDocument(a, recordA(a));
    await store.saveDocument(b, recordB(b));
    assert.equal((await store.listEvents()).total, 2);
    assert.equal((await store.listEvents({ type: 'exercise' })).items[0]?.place?.name, 'Aktau');
    assert.equal((await store.listEvents({ from: '2006-10-15', to: '2006-12' })).total, 1);
    assert.equal((await store.listEvents({ from: '2007' })).total, 0);
    assert.equal((await store.listEvents({ entity: 'place:kazakhstan' })).total, 2);
    assert.equal((await store.listEvents({ entity: 'place:aktau' })).total, 1);
    const transfers = await store.listTransfers({ item: 'SHIELD' });
    assert.equal(transfers.total, 1);
    const t = transfers.items[0];
    assert.equal(t?.supplier?.id, 'place:united-states');
    assert.equal(t?.recipient?.name, 'Kazakhstan');
    assert.deepEqual(t?.sources, ['Interfax']);
    assert.equal(t?.text, TEXT_A.slice(0, 61));
    assert.equal((await store.listTransfers({ supplier: 'place:united-states', status: 'delivered' })).total, 1);
    assert.equal((await store.listTransfers({ status: 'promised' })).total, 0);
    assert.equal((await store.listTransfers({ recipient: 'place:russia' })).total, 0);
  });

  withStore('pages are bounded and deleteDocument removes everything', async (store) => {
    for (let i = 0; i < 5; i += 1) {
      const doc = makeDocument(`d${i}`, `${TEXT_B} Copy ${i}.`);
      await store.saveDocument(doc, recordB(doc));
    }
    const page = await store.listDocuments({ limit: 2, offset: 4 });
    assert.equal(page.total, 5);
    assert.equal(page.items.length, 1);
    assert.equal(await store.deleteDocument('d0'), true);
    assert.equal(await store.deleteDocument('d0'), false);
    assert.equal((await store.listEvents({ documentId: 'd0' })).total, 0);
    assert.equal((await store.getEntity('place:aktau'))?.documentCount, 4);
  });

  withStore('resolution: versioned state, entities served by cluster, rejected ones hidden', async (store) => {
    const a = makeDocument('a', TEXT_A);
    const b = makeDocument('b', TEXT_B);
    await store.saveDocument(a, recordA(a));
    await store.saveDocument(b, recordB(b));
    assert.deepEqual(await store.loadResolution(), { state: null, version: 0, parts: [] });
    const update = {
      state: '{"n":1}',
      parts: [{ key: 'd:a', json: '{"a":1}' }, { key: 'd:b', json: '{"b":1}' }, { key: 'x', json: null }],
      clusters: [{ id: 'c1', type: 'place' as const, name: 'Republic of Kazakhstan' }],
      removedClusters: [],
      documents: ['a', 'b'],
      assignments: [
        { documentId: 'a', localId: 'e1', clusterId: 'c1' }, { documentId: 'b', localId: 'p2', clusterId: 'c1' },
        { documentId: 'a', localId: 'e3', clusterId: null }, { documentId: 'gone', localId: 'x', clusterId: 'c1' },
      ],
    };
    assert.equal(await store.saveResolution(update, 0), 1);
    assert.equal(await store.saveResolution(update, 0), null, 'a stale version is refused');
    assert.deepEqual(await store.loadResolution(), { state: '{"n":1}', version: 1, parts: [{ key: 'd:a', json: '{"a":1}' }, { key: 'd:b', json: '{"b":1}' }] });
    assert.equal(await store.resolutionVersion(), 1);

    const kz = await store.getEntity('c1');
    assert.equal(kz?.name, 'Republic of Kazakhstan');
    assert.deepEqual(kz?.aliases, ['Kazakhstan']);
    assert.equal(kz?.documentCount, 2);
    assert.equal((await store.getEntity('place:kazakhstan'))?.id, 'c1', 'a naive key leads to its cluster');
    assert.equal((await store.listMentions('c1')).total, kz?.mentionCount);
    const names = (await store.listEntities({ limit: 50 })).items.map((e) => e.name);
    assert.ok(!names.includes('Zautbek Turisbekov'), 'a rejected entity is not served');
    assert.ok(names.includes('Aktau'), 'entities without a cluster keep their naive key');
    assert.equal((await store.listEntities({ q: 'Republic' })).items[0]?.id, 'c1');

    const parts = [{ key: 'd:a', json: null }, { key: 'd:b', json: '{"b":2}' }];
    assert.equal(await store.saveResolution({ ...update, parts, clusters: [], removedClusters: ['c1'], documents: ['a'], assignments: [] }, 1), 2);
    assert.deepEqual((await store.loadResolution()).parts, [{ key: 'd:b', json: '{"b":2}' }], 'parts are replaced and removed one by one');
    assert.equal((await store.getEntity('c1'))?.documentCount, 1, 'replacing document a dropped its assignments');
    await store.deleteDocument('b');
    assert.equal(await store.getEntity('c1'), null);
  });

  withStore('unresolved documents: new and changed ones until a saved resolution covers them', async (store) => {
    const docs = ['c', 'a', 'b'].map((id) => makeDocument(id, `${TEXT_A} (${id})`));
    for (const d of docs) await store.saveDocument(d, recordA(d));
    assert.deepEqual(await store.unresolvedDocuments(null, 10), ['a', 'b', 'c']);
    assert.deepEqual(await store.unresolvedDocuments('a', 1), ['b'], 'paged by id after the last seen');
    const resolve = async (documents: string[]) => {
      const version = await store.resolutionVersion();
      return store.saveResolution({ state: '{}', parts: [], clusters: [], removedClusters: [], documents, assignments: [] }, version);
    };
    assert.equal(await resolve(['a', 'c']), 1);
    assert.deepEqual(await store.unresolvedDocuments(null, 10), ['b']);
    const [c] = docs;
    assert.ok(c);
    assert.equal(await store.saveDocument(c, recordA(c)), 'unchanged');
    assert.deepEqual(await store.unresolvedDocuments(null, 10), ['b'], 'an unchanged save keeps its resolution');
    const changed = makeDocument('c', `${TEXT_B} (changed)`);
    assert.equal(await store.saveDocument(changed, recordB(changed)), 'updated');
    assert.deepEqual(await store.unresolvedDocuments(null, 10), ['b', 'c'], 'a new version needs resolving again');
    await store.deleteDocument('b');
    assert.deepEqual(await store.unresolvedDocuments(null, 10), ['c']);
  });
}
