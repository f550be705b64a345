// The entity graph a store serves (each record entity's cluster, each cluster's name and type) is
// saved change by change; whatever runs the documents came in, and with documents stored again or
// deleted between them, it must equal the graph read whole from the saved resolver state.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { resolveStoredDocuments } from '../src/app/index.ts';
import { assembleState } from '../src/app/resolution-state.ts';
import type { DocumentInput, ExtractionRecord } from '../src/model/index.ts';
import { createResolver } from '../src/resolve/index.ts';
import { HARD_CASE_RECORDS } from './support/hard-case-records.ts';
import { createStore } from '../src/store/index.ts';

const RECORDS = [...HARD_CASE_RECORDS];

function documentOf(record: ExtractionRecord): DocumentInput {
  const { id, text: body, published } = record.document;
  const contentHash = createHash('sha256').update(`${body}\u0000${record.entities.map((e) => e.name).join('|')}`).digest('hex');
  return { id, source: `${id}.txt`, format: 'txt', title: null, publication: null, volume: null, issue: null, published, url: null, text: body, contentHash };
}

/** The record with its first entity left out: a new version of the document. */
const revised = (record: ExtractionRecord): ExtractionRecord => ({ ...record, entities: record.entities.slice(1) });

const work = mkdtempSync(join(tmpdir(), 'lantern-saved-graph-'));
test.after(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

function servedGraph(db: string): { assignments: string[]; clusters: string[] } {
  const sql = new Database(db, { readonly: true });
  try {
    const assignments = (sql.prepare('SELECT document_id, local_id, cluster_id FROM entity_clusters').all() as { document_id: string; local_id: string; cluster_id: string | null }[])
      .map((r) => `${r.document_id}/${r.local_id} -> ${r.cluster_id ?? 'none'}`).sort();
    const clusters = (sql.prepare('SELECT id, type, name FROM resolved_clusters').all() as { id: string; type: string; name: string }[])
      .map((r) => `${r.id} ${r.type} ${r.name}`).sort();
    return { assignments, clusters };
  } finally {
    sql.close();
  }
}

async function wholeGraph(db: string): Promise<{ assignments: string[]; clusters: string[] }> {
  const raw = createStore({ kind: 'sqlite', path: db });
  try {
    const resolver = createResolver(assembleState(await raw.loadResolution()));
    const assignments = resolver.members().flatMap((m) => m.entityIds.map((e) => `${m.document}/${e} -> ${resolver.clusterOf(m.key) ?? 'none'}`)).sort();
    const clusters = resolver.clusters().map((c) => `${c.id} ${c.type} ${c.name}`).sort();
    return { assignments, clusters };
  } finally {
    await raw.close();
  }
}

test('the graph saved run by run is the graph read whole, with documents changed and deleted between runs', async () => {
  await fc.assert(fc.asyncProperty(
    fc.shuffledSubarray(RECORDS, { minLength: RECORDS.length }), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 8, maxLength: 8 }), fc.nat(), fc.nat(),
    async (records, runs, change, drop) => {
      const db = join(work, `graph-${(n += 1)}.db`);
      const raw = createStore({ kind: 'sqlite', path: db });
      try {
        for (let i = 0, r = 0; i < records.length; i += runs[r++] ?? 1) {
          for (const record of records.slice(i, i + (runs[r] ?? 1))) await raw.saveDocument(documentOf(record), record);
          await resolveStoredDocuments(raw);
        }
        const changed = revised(records[change % records.length] as ExtractionRecord);
        assert.equal(await raw.saveDocument(documentOf(changed), changed), 'updated');
        await resolveStoredDocuments(raw);
        await raw.deleteDocument((records[drop % records.length] as ExtractionRecord).document.id);
      } finally {
        await raw.close();
      }
      const served = servedGraph(db);
      const whole = await wholeGraph(db);
      // A deleted document stays in the graph until the next resolution; its rows went with it.
      const present = new Set(records.map((r) => r.document.id).filter((id) => id !== records[drop % records.length]?.document.id));
      assert.deepEqual(served.assignments, whole.assignments.filter((a) => present.has(a.split('/')[0] ?? '')));
      assert.deepEqual(served.clusters, whole.clusters);
      assert.ok(served.assignments.length > 10);
    },
  ), { numRuns: 12 });
});
