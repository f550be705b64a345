// Review decisions and boards over the workbench store: corrections fold into hidden, renamed and
// merged entities; bad input gets typed errors; the link chart's neighbours honour corrections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, ValidationError } from '../model/index.ts';
import type { EntitySummary } from '../model/index.ts';
import { createStore } from '../store/index.ts';
import { loadSeeds } from '../../test/support/seed-records.ts';
import { applyToEntities, canonicalOf, correctionView, decide, openWorkbench, recordCorrection, reviewQueue } from './review.ts';
import { deleteBoard, openBoard, saveBoard } from './boards.ts';
import { chartNeighbors, readKinds } from './workbench-graph.ts';
import { resolveStoredDocuments } from './resolution.ts';

const entity = (id: string, name: string, mentions: number): EntitySummary =>
  ({ id, type: 'person', name, aliases: [], documentCount: 1, mentionCount: mentions });

test('rejected entities are hidden, renamed ones renamed, merged ones folded into one', async () => {
  const wb = openWorkbench({ dbPath: ':memory:' });
  await recordCorrection(wb, { op: 'reject', entity: 'person:a' });
  await recordCorrection(wb, { op: 'rename', entity: 'person:b', value: 'Bee' });
  await recordCorrection(wb, { op: 'merge', entity: 'person:c', value: 'person:b' });
  const view = correctionView(await wb.listCorrections());
  const page = applyToEntities({ items: [entity('person:a', 'A', 1), entity('person:b', 'B', 2), entity('person:c', 'C', 3)], total: 3, limit: 20, offset: 0 }, view);
  assert.deepEqual(page.items.map((e) => [e.id, e.name, e.mentionCount, e.aliases]), [['person:b', 'Bee', 5, ['C']]]);
  assert.equal(page.total, 1);
  assert.equal(canonicalOf(view, 'person:c'), 'person:b');
  assert.equal(canonicalOf(view, 'person:a'), null);
  await wb.close();
});

test('an accept after a reject restores the entity', async () => {
  const wb = openWorkbench({ dbPath: ':memory:' });
  await recordCorrection(wb, { op: 'reject', entity: 'person:a' });
  await recordCorrection(wb, { op: 'accept', entity: 'person:a' });
  assert.equal(canonicalOf(correctionView(await wb.listCorrections()), 'person:a'), 'person:a');
  await wb.close();
});

test('malformed corrections and boards are refused with typed errors', async () => {
  const wb = openWorkbench({ dbPath: ':memory:' });
  await assert.rejects(recordCorrection(wb, { op: 'delete', entity: 'x' }), ValidationError);
  await assert.rejects(recordCorrection(wb, { op: 'rename', entity: 'x' }), ValidationError);
  await assert.rejects(recordCorrection(wb, { op: 'merge', entity: 'x', value: 'x' }), ValidationError);
  await assert.rejects(saveBoard(wb, '../etc', { name: 'n', board: {} }), ValidationError);
  await assert.rejects(saveBoard(wb, 'b', { name: '', board: {} }), ValidationError);
  await assert.rejects(openBoard(wb, 'missing'), NotFoundError);
  await assert.rejects(deleteBoard(wb, 'missing'), NotFoundError);
  assert.throws(() => readKinds('holds-role,likes'), ValidationError);
  assert.equal(await saveBoard(wb, 'b1', { name: 'First', board: { n: 1 } }), true);
  assert.equal(await saveBoard(wb, 'b1', { name: 'First', board: { n: 2 } }), false);
  assert.deepEqual((await openBoard(wb, 'b1')).board, { n: 2 });
  await wb.close();
});

test('neighbours over the seeds carry provenance and follow corrections; the queue skips decided entities', async () => {
  const store = createStore({ kind: 'sqlite', path: ':memory:' });
  for (const { doc, record } of loadSeeds()) await store.saveDocument(doc, record);
  await resolveStoredDocuments(store);
  const wb = openWorkbench({ dbPath: ':memory:' });
  // The chart speaks the ids the entity lists hand out: resolved clusters.
  const idOf = async (q: string, type: 'person' | 'place') => (await store.listEntities({ q, type })).items[0]?.id ?? '';
  const id = await idOf('Nursultan Nazarbayev', 'person');
  const kazakhstan = await idOf('Kazakhstan', 'place');
  assert.match(id, /^c\d+$/u);
  const before = await chartNeighbors(store, correctionView([]), id);
  assert.ok(before.edges.some((e) => (e.to === kazakhstan || e.from === kazakhstan) && e.provenance.length > 0));
  assert.ok(before.edges.every((e) => e.provenance.every((p) => p.document.length > 0)));
  const dated = await chartNeighbors(store, correctionView([]), id, { from: '2006', to: '2006' });
  assert.ok(dated.edges.length > 0 && dated.edges.length < before.edges.length, `${dated.edges.length} of ${before.edges.length}`);
  assert.ok(dated.edges.every((e) => e.provenance.every((p) => p.date?.startsWith('2006'))));
  const cooc = await chartNeighbors(store, correctionView([]), id, { kinds: ['co-occurs'] });
  assert.ok(cooc.edges.length > 0 && cooc.edges.every((e) => e.kind === 'co-occurs'));
  await recordCorrection(wb, { op: 'reject', entity: 'place:kazakhstan' });
  const view = correctionView(await wb.listCorrections());
  const after = await chartNeighbors(store, view, id);
  assert.ok(before.nodes.some((n) => n.id === kazakhstan));
  assert.ok(!after.nodes.some((n) => n.id === kazakhstan), 'a place rejected by name leaves the chart');
  assert.ok(!(await reviewQueue(store, view, 500)).some((i) => i.entity === 'place:kazakhstan'));
  await wb.close();
  await store.close();
});

test('a resolved entity takes the decisions filed on its cluster and on its name, the same way everywhere', async () => {
  const wb = openWorkbench({ dbPath: ':memory:' });
  await recordCorrection(wb, { op: 'rename', entity: 'c7', value: 'Renamed Cluster' });
  await recordCorrection(wb, { op: 'reject', entity: 'person:a' });
  await recordCorrection(wb, { op: 'merge', entity: 'person:b', value: 'c9' });
  await recordCorrection(wb, { op: 'rename', entity: 'person:d', value: 'Dee' });
  const view = correctionView(await wb.listCorrections());
  assert.equal(decide(view, 'c7', 'person:a'), null, 'rejected by name, though its cluster was renamed');
  assert.deepEqual(decide(view, 'c7', 'person:x'), { id: 'c7', renamed: 'Renamed Cluster' });
  assert.deepEqual(decide(view, 'c8', 'person:b'), { id: 'c9', renamed: undefined });
  assert.deepEqual(decide(view, 'c8', 'person:d'), { id: 'c8', renamed: 'Dee' });
  const listed = applyToEntities({ items: [entity('c7', 'A', 1), entity('c8', 'D', 2)], total: 2, limit: 20, offset: 0 }, view);
  assert.deepEqual(listed.items.map((e) => [e.id, e.name]), [['c8', 'Dee']]);
  await wb.close();
});
