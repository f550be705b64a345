// Review tests for the fetch guard (src/ingest/fetch-guard.ts): numeric and mapped spellings of
// loopback, non-HTTP schemes, redirects to them, broken Location headers, unannounced oversize
// bodies and slow servers all end in a typed FetchError, never a request to a refused address.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LanternError } from '../src/model/index.ts';
import { FetchError, guardedFetch } from '../src/ingest/fetch-guard.ts';

let server: Server;
let base = '';
const allow = { allowLoopback: true };

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/to-file') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    if (req.url === '/to-decimal') return void res.writeHead(301, { location: 'http://2852039166/latest/meta-data/' }).end();
    if (req.url === '/broken-location') return void res.writeHead(302, { location: 'http://[::1' }).end();
    if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' }); // no content-length: the cap must count bytes
      const chunk = Buffer.alloc(64 * 1024, 97);
      for (let i = 0; i < 40; i += 1) res.write(chunk);
      return void res.end();
    }
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2_000);
    res.end('ok');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }));

async function refused(url: string, options = {}, code?: string): Promise<void> {
  await assert.rejects(guardedFetch(url, {}, options), (error: unknown) => {
    assert.ok(error instanceof FetchError && error instanceof LanternError, `${url}: ${String(error)}`);
    if (code) assert.equal(error.code, code, url);
    return true;
  });
}

test('loopback and metadata addresses in numeric, octal, hex and mapped spellings are refused', async () => {
  const port = new URL(base).port;
  for (const host of ['2130706433', '0x7f000001', '017700000001', '127.1', '[::ffff:7f00:1]', '[::ffff:127.0.0.1]', '0', '2852039166', '[::ffff:a9fe:a9fe]']) {
    await refused(`http://${host}:${port}/`, {}, 'forbidden');
  }
});

test('only http and https: file, ftp, gopher and data addresses are refused', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'gopher://127.0.0.1:70/', 'data:text/plain,hi', 'javascript:alert(1)']) {
    await refused(url, allow, 'validation');
  }
  await refused('not a url at all', allow, 'validation');
});

test('redirects to a file: address or to the metadata service by a decimal IP are refused', async () => {
  await refused(`${base}/to-file`, allow, 'validation');
  await refused(`${base}/to-decimal`, allow, 'forbidden');
});

test('a redirect loop ends in FetchError after 5 hops', async () => {
  await refused(`${base}/loop`, allow, 'validation');
});

// An unparsable Location once escaped as a plain TypeError.
test('a broken Location header ends in FetchError', async () => {
  await refused(`${base}/broken-location`, allow);
});

test('a body without Content-Length is cut at the cap; a slow server at the time limit', async () => {
  await refused(`${base}/huge`, { ...allow, maxBytes: 1024 * 1024 }, 'too_large');
  const ok = await guardedFetch(`${base}/huge`, {}, { ...allow, maxBytes: 4 * 1024 * 1024 });
  assert.equal(ok.body.length, 40 * 64 * 1024);
  await refused(`${base}/slow`, { ...allow, timeoutMs: 200 });
});
