// Watchlists: matching by entity, keyword, event type and transferred item; alerts once per watch
// and document, raised from the ingest use-case's after-save callback; webhooks delivered to a
// loopback receiver, retried with backoff on 503 and given up after the bounded attempts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMonitor } from '../src/app/feeds.ts';
import type { MonitorStore } from '../src/app/feeds.ts';
import { ingestPaths } from '../src/app/ingest-paths.ts';
import { addWatch, alertOnSave, matchWatch } from '../src/app/watchlists.ts';
import { postWebhook } from '../src/app/watchlists-webhook.ts';
import { createStore } from '../src/store/index.ts';
import type { Store } from '../src/model/index.ts';
import { loadSeeds } from './support/seed-records.ts';

const ROOT = join(import.meta.dirname, '..');
const fast = { guard: { allowLoopback: true }, baseDelayMs: 5 };

let receiver: Server;
let hook = '';
const received: { path: string; body: Record<string, unknown> }[] = [];
const failuresLeft = new Map<string, number>([['/flaky', 2], ['/down', 99]]);

before(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => {
      const path = req.url ?? '/';
      const left = failuresLeft.get(path) ?? 0;
      if (left > 0) {
        failuresLeft.set(path, left - 1);
        return void res.writeHead(503).end();
      }
      received.push({ path, body: JSON.parse(body) as Record<string, unknown> });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((done) => receiver.close(() => done())));

test('matching: entity names and aliases, whole-word keywords, event types, transferred items', () => {
  const humvee = loadSeeds()[1]?.record;
  assert.ok(humvee);
  assert.match(matchWatch({ kind: 'entity', value: 'nazarbayev' }, humvee) ?? '', /person/u);
  assert.equal(matchWatch({ kind: 'entity', value: 'Vladimir Putin' }, humvee), null);
  assert.ok(matchWatch({ kind: 'keyword', value: 'humvee' }, humvee));
  assert.equal(matchWatch({ kind: 'keyword', value: 'humv' }, humvee), null, 'whole words only');
  assert.match(matchWatch({ kind: 'item', value: 'Humvee' }, humvee) ?? '', /27 Humvee/u);
  assert.equal(matchWatch({ kind: 'event', value: 'riot' }, humvee), null);
});

describe('alerts from ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-watch-'));
  let store: Store;
  let monitor: MonitorStore;
  before(() => {
    store = createStore({ kind: 'sqlite', path: join(dir, 'x.db') });
    monitor = openMonitor({ dbPath: join(dir, 'x.db') });
  });
  after(async () => {
    await monitor.close();
    await store.close();
  });

  test('an ingest raises one alert per matching watch and posts the webhook', async () => {
    const item = await addWatch(monitor, 'item', 'Humvee', `${hook}/flaky`);
    await addWatch(monitor, 'keyword', 'Caspian');
    await addWatch(monitor, 'entity', 'Kim Jong Un');
    await ingestPaths(store, [join(ROOT, 'samples')], { onSaved: alertOnSave(monitor, fast) });
    const alerts = await monitor.listAlerts({ limit: 50, offset: 0 });
    assert.deepEqual(alerts.items.map((a) => a.kind).sort(), ['item', 'keyword']);
    const humvee = alerts.items.find((a) => a.kind === 'item');
    assert.equal(humvee?.documentId, '003_c674a82b06f24ef4');
    assert.equal(humvee?.webhookStatus, 'delivered 204 after 3 attempts');
    const posted = received.find((r) => r.path === '/flaky')?.body;
    assert.deepEqual(posted?.watch, { id: item.id, kind: 'item', value: 'Humvee' });
    assert.equal((posted?.document as { id: string }).id, '003_c674a82b06f24ef4');

    // Re-ingesting the same files saves nothing, so nothing is raised twice.
    await ingestPaths(store, [join(ROOT, 'samples')], { onSaved: alertOnSave(monitor, fast) });
    assert.equal((await monitor.listAlerts({ limit: 50, offset: 0 })).total, 2);
  });

  test('bad watches are validation errors', async () => {
    await assert.rejects(addWatch(monitor, 'colour', 'red'), { code: 'validation' });
    await assert.rejects(addWatch(monitor, 'event', 'picnic'), { code: 'validation' });
    await assert.rejects(addWatch(monitor, 'keyword', 'x', 'ftp://example.org'), { code: 'validation' });
  });
});

describe('webhook delivery', () => {
  test('gives up after the bounded number of attempts', async () => {
    const status = await postWebhook(`${hook}/down`, { ping: 1 }, { ...fast, attempts: 3 });
    assert.equal(status, 'failed after 3 attempts: answered 503');
    assert.equal(failuresLeft.get('/down'), 96);
  });

  test('does not retry a refused address or a client error', async () => {
    assert.match(await postWebhook(`${hook}/x`, {}, { baseDelayMs: 5 }), /^failed: .*loopback/u);
    assert.match(await postWebhook('http://169.254.169.254/hook', {}, fast), /^failed: /u);
  });
});
