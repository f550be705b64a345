// The audit log use-cases: entries recorded with their actor and read back newest first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAccounts } from './accounts.ts';
import { auditIngest, listAudit, recordAudit } from './audit.ts';

test('ingests are audited per created or updated document, newest first, paged', async () => {
  const accounts = openAccounts({ dbPath: ':memory:' });
  try {
    await recordAudit(accounts, 'admin', 'user.add', 'ana', 'analyst');
    await auditIngest(accounts, 'ana', { created: [{ id: 'd1', path: 'a.txt' }, { id: 'd2', path: 'b.txt' }], updated: [{ id: 'd3', path: 'c.txt' }] });
    const page = await listAudit(accounts, { limit: 2, offset: 0 });
    assert.equal(page.total, 4);
    assert.deepEqual(page.items.map((e) => [e.actor, e.action, e.subject, e.detail]), [['ana', 'ingest.update', 'd3', 'c.txt'], ['ana', 'ingest.create', 'd2', 'b.txt']]);
    assert.equal((await listAudit(accounts, { limit: 10, offset: 3 })).items[0]?.action, 'user.add');
  } finally {
    await accounts.close();
  }
});
