// The side-store contract suite: accounts, workbench and monitoring stores of every backend run
// these same cases through `runSideStoreContract(name, open)`, each case on fresh stores.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountStore } from '../src/model/account-store.ts';
import type { MonitorStore, ReferenceInput } from '../src/model/monitor-store.ts';
import type { WorkbenchStore } from '../src/model/workbench-store.ts';

export interface SideSet { accounts: AccountStore; workbench: WorkbenchStore; monitor: MonitorStore }

const HOUR = 3600_000;
const later = (ms: number) => new Date(Date.now() + ms).toISOString();
/** Lets the clock move on, so rows written next get a later timestamp. */
const tick = () => new Promise((done) => setTimeout(done, 5));

function sipri(rowKey: string, year: number, item: string): ReferenceInput {
  return {
    dataset: 'sipri', rowKey, supplier: 'United States', recipient: 'Kazakhstan', item, year, date: null, actor: null, place: null,
    row: { deliveryYears: String(year + 1) },
  };
}

export function runSideStoreContract(name: string, open: () => Promise<SideSet>): void {
  const withSides = (title: string, body: (a: SideSet, b: SideSet) => Promise<void>) =>
    test(`${name} side stores: ${title}`, async () => {
      const a = await open();
      const b = await open();
      try {
        await body(a, b);
      } finally {
        for (const s of [a, b]) await Promise.all([s.accounts.close(), s.workbench.close(), s.monitor.close()]);
      }
    });

  withSides('users: added once, listed by name, removed; the hash is kept as given', async ({ accounts }) => {
    assert.equal(await accounts.countUsers(), 0);
    await accounts.addUser('zhanna', 'analyst', 'scrypt$hash-z');
    const ana = await accounts.addUser('ana', 'admin', 'scrypt$hash-a');
    assert.equal(ana.role, 'admin');
    await assert.rejects(accounts.addUser('ana', 'viewer', 'other'), { code: 'conflict' });
    assert.deepEqual((await accounts.listUsers()).map((u) => [u.name, u.role]), [['ana', 'admin'], ['zhanna', 'analyst']]);
    assert.equal((await accounts.findCredentials('ana'))?.passwordHash, 'scrypt$hash-a');
    assert.equal(await accounts.findCredentials('nobody'), null);
    assert.equal(await accounts.removeUser('zhanna'), true);
    assert.equal(await accounts.removeUser('zhanna'), false);
    assert.equal(await accounts.countUsers(), 1);
  });

  withSides('sessions expire and end; tokens and sessions go with their user', async ({ accounts }) => {
    await accounts.addUser('ana', 'analyst', 'h');
    await accounts.addSession('s-live', 'ana', later(HOUR));
    await accounts.addSession('s-old', 'ana', later(-HOUR));
    await accounts.addToken('t-1', 'nightly', 'ana');
    const now = new Date().toISOString();
    assert.equal((await accounts.userForSession('s-live', now))?.name, 'ana');
    assert.equal(await accounts.userForSession('s-old', now), null, 'expired');
    assert.equal((await accounts.userForToken('t-1'))?.role, 'analyst');
    await accounts.removeSession('s-live');
    assert.equal(await accounts.userForSession('s-live', now), null);
    await accounts.addSession('s-2', 'ana', later(HOUR));
    await accounts.removeUser('ana');
    assert.equal(await accounts.userForSession('s-2', now), null);
    assert.equal(await accounts.userForToken('t-1'), null);
  });

  withSides('audit log: newest first, paged, with a total', async ({ accounts }) => {
    for (const subject of ['d1', 'd2', 'd3']) await accounts.appendAudit({ actor: 'cli', action: 'ingest.create', subject });
    await accounts.appendAudit({ actor: 'ana', action: 'user.add', subject: 'bo', detail: 'viewer' });
    const page = await accounts.listAudit(2, 0);
    assert.equal(page.total, 4);
    assert.deepEqual(page.items.map((e) => [e.actor, e.subject, e.detail]), [['ana', 'bo', 'viewer'], ['cli', 'd3', null]]);
    assert.ok(page.items[0] && page.items[1] && page.items[0].id > page.items[1].id);
    assert.deepEqual((await accounts.listAudit(10, 3)).items.map((e) => e.subject), ['d1']);
  });

  withSides('accounts copy to another store once: hashes, tokens and the audit log', async (a, b) => {
    await a.accounts.addUser('ana', 'admin', 'scrypt$hash-a');
    await a.accounts.addToken('t-1', 'nightly', 'ana');
    await a.accounts.appendAudit({ actor: 'cli', action: 'user.add', subject: 'ana', detail: 'admin' });
    await a.accounts.appendAudit({ actor: 'ana', action: 'token.create', subject: 'ana' });
    await b.accounts.addUser('bo', 'viewer', 'scrypt$hash-b');
    const dump = await a.accounts.exportAll();
    const first = await b.accounts.importAll(dump);
    assert.deepEqual(first, { users: { read: 1, added: 1 }, tokens: { read: 1, added: 1 }, audit: { read: 2, added: 2 } });
    assert.deepEqual(await b.accounts.importAll(dump), { users: { read: 1, added: 0 }, tokens: { read: 1, added: 0 }, audit: { read: 2, added: 0 } });
    assert.equal((await b.accounts.findCredentials('ana'))?.passwordHash, 'scrypt$hash-a');
    assert.equal((await b.accounts.userForToken('t-1'))?.name, 'ana');
    assert.deepEqual((await b.accounts.listUsers()).map((u) => u.name), ['ana', 'bo']);
    const audit = await b.accounts.listAudit(10, 0);
    assert.deepEqual(audit.items.map((e) => e.action), ['token.create', 'user.add']);
    assert.deepEqual(audit.items.map((e) => e.at), [...dump.audit].reverse().map((e) => e.at), 'times kept');
  });

  withSides('boards: created then replaced, listed newest first, deleted', async ({ workbench }) => {
    assert.equal(await workbench.putBoard('b1', 'First', '{"n":1}'), true);
    await tick();
    assert.equal(await workbench.putBoard('b2', 'Second', '{"n":2}'), true);
    await tick();
    assert.equal(await workbench.putBoard('b1', 'First again', '{"n":3}'), false);
    assert.deepEqual((await workbench.listBoards()).map((b) => [b.id, b.name]), [['b1', 'First again'], ['b2', 'Second']]);
    assert.equal((await workbench.getBoard('b1'))?.json, '{"n":3}');
    assert.equal(await workbench.getBoard('missing'), null);
    assert.equal(await workbench.deleteBoard('b2'), true);
    assert.equal(await workbench.deleteBoard('b2'), false);
  });

  withSides('corrections: logged in order with increasing ids', async ({ workbench }) => {
    const first = await workbench.addCorrection('reject', 'person:a', null);
    const second = await workbench.addCorrection('rename', 'person:b', 'Bee');
    assert.ok(second.id > first.id);
    assert.deepEqual((await workbench.listCorrections()).map((c) => [c.op, c.entityId, c.value]), [['reject', 'person:a', null], ['rename', 'person:b', 'Bee']]);
  });

  withSides('workbench copies once; a newer board replaces an older one', async (a, b) => {
    await b.workbench.putBoard('b1', 'Old target', '{"old":true}');
    await tick();
    await a.workbench.putBoard('b1', 'Newer source', '{"n":1}');
    await a.workbench.addCorrection('reject', 'person:a', null);
    await a.workbench.addCorrection('rename', 'place:aktau', 'Aqtau');
    const dump = await a.workbench.exportAll();
    assert.deepEqual(await b.workbench.importAll(dump), { boards: { read: 1, added: 1 }, corrections: { read: 2, added: 2 } });
    assert.deepEqual(await b.workbench.importAll(dump), { boards: { read: 1, added: 0 }, corrections: { read: 2, added: 0 } });
    assert.equal((await b.workbench.getBoard('b1'))?.name, 'Newer source');
    assert.deepEqual((await b.workbench.listCorrections()).map((c) => [c.op, c.value]), [['reject', null], ['rename', 'Aqtau']]);
  });

  withSides('feeds: one per address, validators kept across a 304, items remembered, removed by id or address', async ({ monitor }) => {
    const feed = await monitor.addFeed('https://jamestown.org/feed/');
    assert.equal((await monitor.addFeed('https://jamestown.org/feed/')).id, feed.id);
    await monitor.addFeed('https://example.org/rss');
    await monitor.recordPoll(feed.id, { etag: '"v1"', lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT', status: 'ok, 2 new' });
    await monitor.recordPoll(feed.id, { etag: null, lastModified: null, status: 'not modified' });
    const [polled] = await monitor.listFeeds();
    assert.deepEqual([polled?.etag, polled?.lastModified, polled?.lastStatus], ['"v1"', 'Mon, 23 Nov 2026 10:00:00 GMT', 'not modified']);
    assert.equal(await monitor.hasItem(feed.id, 'item-1'), false);
    await monitor.markItem(feed.id, 'item-1', 'doc-1');
    await monitor.markItem(feed.id, 'item-1', 'doc-1');
    assert.equal(await monitor.hasItem(feed.id, 'item-1'), true);
    assert.equal(await monitor.removeFeed(String(feed.id)), true);
    assert.equal(await monitor.removeFeed('https://example.org/rss'), true);
    assert.equal(await monitor.removeFeed('99999999999'), false);
    assert.deepEqual(await monitor.listFeeds(), []);
  });

  withSides('watches and alerts: one alert per watch and document, newest first, gone with the watch', async ({ monitor }) => {
    const humvee = await monitor.addWatch('item', 'Humvee', 'https://hooks.example.org/x');
    const caspian = await monitor.addWatch('keyword', 'Caspian', null);
    const first = await monitor.addAlert(humvee.id, 'doc-3', 'transfer of 27 Humvee');
    assert.ok(first !== null);
    assert.equal(await monitor.addAlert(humvee.id, 'doc-3', 'again'), null);
    await monitor.addAlert(caspian.id, 'doc-3', 'keyword "Caspian"');
    await monitor.setWebhookStatus(first, 'delivered 204');
    const page = await monitor.listAlerts({ limit: 10, offset: 0 });
    assert.equal(page.total, 2);
    assert.deepEqual(page.items.map((a) => [a.kind, a.value, a.webhookStatus]), [['keyword', 'Caspian', null], ['item', 'Humvee', 'delivered 204']]);
    assert.deepEqual((await monitor.listWatches()).map((w) => [w.kind, w.value, w.webhook]), [['item', 'Humvee', 'https://hooks.example.org/x'], ['keyword', 'Caspian', null]]);
    assert.equal(await monitor.removeWatch(humvee.id), true);
    assert.equal(await monitor.removeWatch(humvee.id), false);
    assert.equal((await monitor.listAlerts({ limit: 10, offset: 0 })).total, 1);
  });

  withSides('references: added once by dataset and row key, listed by year range', async ({ monitor }) => {
    assert.equal(await monitor.putReferences([sipri('r1', 2007, 'HMMWV-UA | APV'), sipri('r2', 2001, 'Mi-8')]), 2);
    assert.equal(await monitor.putReferences([sipri('r1', 2007, 'HMMWV-UA | APV')]), 0);
    const found = await monitor.listReferences('sipri', { from: 2005, to: 2010 });
    assert.deepEqual(found.map((r) => [r.rowKey, r.year, r.row.deliveryYears]), [['r1', 2007, '2008']]);
    assert.equal((await monitor.listReferences('sipri')).length, 2);
    assert.deepEqual(await monitor.listReferences('acled'), []);
  });

  withSides('monitoring copies once, alerts following their watches to new ids', async (a, b) => {
    await b.monitor.addWatch('keyword', 'already here', null);
    const feed = await a.monitor.addFeed('https://jamestown.org/feed/');
    await a.monitor.recordPoll(feed.id, { etag: '"v1"', lastModified: null, status: 'ok, 1 new' });
    await a.monitor.markItem(feed.id, 'item-1', 'doc-1');
    const watch = await a.monitor.addWatch('item', 'Humvee', null);
    await a.monitor.addAlert(watch.id, 'doc-1', 'transfer of 27 Humvee');
    await a.monitor.putReferences([sipri('r1', 2007, 'HMMWV-UA | APV')]);
    const dump = await a.monitor.exportAll();
    const once = { read: 1, added: 1 };
    assert.deepEqual(await b.monitor.importAll(dump), { feeds: once, feedItems: once, watches: once, alerts: once, references: once });
    const none = { read: 1, added: 0 };
    assert.deepEqual(await b.monitor.importAll(dump), { feeds: none, feedItems: none, watches: none, alerts: none, references: none });
    const [copied] = await b.monitor.listFeeds();
    assert.equal(copied?.etag, '"v1"');
    assert.equal(await b.monitor.hasItem(copied?.id ?? -1, 'item-1'), true);
    const alerts = await b.monitor.listAlerts({ limit: 10, offset: 0 });
    assert.deepEqual(alerts.items.map((x) => [x.kind, x.value, x.documentId]), [['item', 'Humvee', 'doc-1']]);
    assert.equal((await b.monitor.listWatches()).length, 2);
    assert.equal((await b.monitor.listReferences('sipri'))[0]?.row.deliveryYears, '2008');
  });
}
