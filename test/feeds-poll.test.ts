// Feed polling against a loopback HTTP server: conditional GET (ETag, 304), article pages fetched
// and cleaned, items ingested once; and the fetch guard: private, metadata and loopback addresses
// refused (loopback allowed only by the test's explicit option), redirects re-checked, size capped.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addFeed, openMonitor, pollFeeds } from '../src/app/feeds.ts';
import type { MonitorStore } from '../src/app/feeds.ts';
import { guardedFetch } from '../src/ingest/fetch-guard.ts';
import { refusalOf } from '../src/ingest/fetch-address.ts';
import { createStore } from '../src/store/index.ts';
import type { Store } from '../src/model/index.ts';

const ROOT = join(import.meta.dirname, '..');
const allow = { allowLoopback: true } as const;

function articleHtml(id: string): string {
  const lines = readFileSync(join(ROOT, 'samples', `${id}.txt`), 'utf8').split('\n').filter((l) => l.trim() !== '' && l.trim() !== 'Placeholder canvas');
  const [title = '', , ...body] = lines;
  return `<!doctype html><html><head><title>${title}</title></head><body><nav>Home | About</nav><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

let server: Server;
let base = '';
const hits: { path: string; ifNoneMatch: string | undefined }[] = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.push({ path, ifNoneMatch: req.headers['if-none-match'] });
  if (path === '/feed.rss') {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    const xml = readFileSync(join(ROOT, 'test/fixtures/feeds/edm.rss'), 'utf8').replaceAll('{{BASE}}', base);
    return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Thu, 12 Oct 2006 00:00:00 GMT' }).end(xml);
  }
  const article = /^\/articles\/(\w+)$/u.exec(path);
  if (article?.[1]) return void res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(article[1]));
  if (path === '/to-metadata') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
  if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
  if (path === '/big') return void res.writeHead(200).end(Buffer.alloc(4096, 120));
  res.writeHead(404).end('no');
}

before(async () => {
  server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((done) => server.close(() => done())));

describe('feed polling', () => {
  let store: Store;
  let monitor: MonitorStore;
  const dir = mkdtempSync(join(tmpdir(), 'lantern-feeds-'));
  before(() => {
    store = createStore({ kind: 'sqlite', path: join(dir, 'x.db') });
    monitor = openMonitor({ dbPath: join(dir, 'x.db') });
  });
  after(async () => {
    await monitor.close();
    await store.close();
  });

  test('first poll ingests both articles from their pages; the second is a 304', async () => {
    await addFeed(monitor, `${base}/feed.rss`);
    const [first] = await pollFeeds(store, monitor, { guard: allow });
    assert.deepEqual(first, { url: `${base}/feed.rss`, status: 'ok', newItems: 2, created: 2 });
    const docs = await store.listDocuments();
    assert.equal(docs.total, 2);
    const transfers = await store.listTransfers({ item: 'Humvee' });
    assert.ok(transfers.total >= 1, 'the Humvee transfer was extracted from the fetched article page');
    const stored = await store.getDocument(transfers.items[0]?.documentId ?? '');
    assert.ok(stored && stored.text.includes('Humvee') && !stored.text.includes('Home | About'), 'page cleaned by Readability');
    assert.equal(stored.url, `${base}/articles/003_c674a82b06f24ef4`);

    const [second] = await pollFeeds(store, monitor, { guard: allow });
    assert.equal(second?.status, 'not-modified');
    assert.equal(hits.filter((h) => h.path === '/feed.rss').at(-1)?.ifNoneMatch, '"v1"');
    assert.equal((await monitor.listFeeds())[0]?.etag, '"v1"');
  });

  test('without the loopback allowance the same feed is refused, and the failure is recorded', async () => {
    const [result] = await pollFeeds(store, monitor);
    assert.equal(result?.status, 'failed');
    assert.match(result?.reason ?? '', /loopback/u);
    assert.match((await monitor.listFeeds())[0]?.lastStatus ?? '', /^failed/u);
  });

  test('feeds must be http(s) addresses', async () => {
    await assert.rejects(addFeed(monitor, 'file:///etc/passwd'), { code: 'validation' });
    await assert.rejects(addFeed(monitor, 'not a url'), { code: 'validation' });
  });
});

describe('fetch guard', () => {
  test('refuses private, link-local, CGNAT, metadata and loopback addresses', () => {
    for (const ip of ['10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '127.0.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe']) {
      assert.notEqual(refusalOf(ip, {}), null, ip);
    }
    for (const ip of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) assert.equal(refusalOf(ip, {}), null, ip);
    assert.equal(refusalOf('127.0.0.1', allow), null);
    assert.notEqual(refusalOf('169.254.169.254', allow), null, 'the allowance is for loopback only');
  });

  test('refuses loopback by default, also by name after DNS resolution', async () => {
    await assert.rejects(guardedFetch(`${base}/feed.rss`), { code: 'forbidden' });
    await assert.rejects(guardedFetch(base.replace('127.0.0.1', 'localhost') + '/feed.rss'), { code: 'forbidden' });
  });

  test('checks every redirect target and stops after 5 redirects', async () => {
    await assert.rejects(guardedFetch(`${base}/to-metadata`, {}, allow), { code: 'forbidden' });
    await assert.rejects(guardedFetch(`${base}/loop`, {}, allow), /too many redirects/u);
    const hops = hits.filter((h) => h.path === '/loop').length;
    assert.equal(hops, 6);
  });

  test('caps the body size', async () => {
    await assert.rejects(guardedFetch(`${base}/big`, {}, { ...allow, maxBytes: 1000 }), { code: 'too_large' });
    assert.equal((await guardedFetch(`${base}/big`, {}, allow)).body.length, 4096);
  });

  test('refuses other schemes', async () => {
    await assert.rejects(guardedFetch('file:///etc/passwd'), { code: 'validation' });
  });
});
