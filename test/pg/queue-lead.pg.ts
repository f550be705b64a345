// The resolver lead is held by one queue connection per schema at a time and passes on when its
// holder closes (or dies with its connection).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openQueue } from '../../src/app/index.ts';
import { readConfig } from '../../src/config/index.ts';

const url = readConfig().pgUrl;
if (url === null) throw new Error('LANTERN_PG_URL is not set: npm run test:pg needs a PostgreSQL database');

test('one leader per schema; the lead passes on when the leader closes', async () => {
  const schemas = [`lantern_lead_a_${process.pid}`, `lantern_lead_b_${process.pid}`];
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const [first, second, elsewhere] = [openQueue(url, schemas[0]), openQueue(url, schemas[0]), openQueue(url, schemas[1])];
  try {
    assert.equal(await first.tryLead('resolver'), true);
    assert.equal(await first.tryLead('resolver'), true, 'the holder keeps it');
    assert.equal(await second.tryLead('resolver'), false);
    assert.equal(await elsewhere.tryLead('resolver'), true, 'another schema has its own leader');
    await first.close();
    assert.equal(await second.tryLead('resolver'), true);
  } finally {
    await Promise.all([first.close(), second.close(), elsewhere.close()]);
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  }
});
