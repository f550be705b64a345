// The whole path in Chromium: `lantern ingest samples` into a temporary database, `lantern serve`
// on a free loopback port, then search "Humvee" and read the seed article with the real
// extractor's highlights. Screenshots: test-results/skeleton-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { RESULTS_DIR, buildWebIfStale, launchChromium } from './web-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'lantern.mjs');

let tmp: string;
let server: ChildProcess | undefined;
let context: BrowserContext;
let page: Page;
let baseUrl: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once the server prints its address; rejects if it exits first. */
function startServe(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, '--db', db, 'serve', '--port', String(port), '--web-root', join(ROOT, 'web', 'dist')], {
    cwd: ROOT, env: { ...process.env, HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving at')) resolve(child);
    });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('exit', (code) => reject(new Error(`lantern serve exited (${code}):\n${output}`)));
  });
}

before(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  buildWebIfStale();
  tmp = mkdtempSync(join(tmpdir(), 'lantern-skeleton-'));
  const db = join(tmp, 'lantern.db');
  const ingest = spawnSync(process.execPath, [CLI, '--db', db, 'ingest', 'samples'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(ingest.status, 0, `ingest failed:\n${ingest.stdout}\n${ingest.stderr}`);
  const port = await freePort();
  server = await startServe(db, port);
  baseUrl = `http://127.0.0.1:${port}`;
  context = await launchChromium(join(tmp, 'profile'));
  page = await context.newPage();
});

after(async () => {
  await context?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the home page lists the ingested samples', async () => {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { name: 'Recent documents' }).waitFor();
  // The heading renders before the list arrives; counting then would race the fetch.
  await page.locator('.doc-table tbody tr').nth(1).waitFor();
  assert.equal(await page.locator('.doc-table tbody tr').count(), 2);
  await page.screenshot({ path: join(RESULTS_DIR, 'skeleton-home.png'), fullPage: true });
});

test('search "Humvee", open the article, and see extracted entities highlighted', async () => {
  await page.getByLabel('Search documents').fill('Humvee');
  await page.keyboard.press('Enter');
  const hit = page.locator('.result').first();
  await hit.waitFor();
  assert.equal(await page.locator('.result').count(), 1);
  assert.equal(await hit.locator('.snippet mark').first().innerText(), 'Humvee');
  await page.screenshot({ path: join(RESULTS_DIR, 'skeleton-search.png'), fullPage: true });

  await hit.getByRole('link').click();
  await page.locator('#doc-title').waitFor();
  assert.match(page.url(), /#\/documents\/003_c674a82b06f24ef4$/);
  const nazarbayev = page.locator('mark.ent.ent-person', { hasText: 'Nazarbayev' }).first();
  assert.ok(await nazarbayev.isVisible());
  assert.equal(await nazarbayev.getAttribute('title'), 'Person: Nursultan Nazarbayev');
  assert.ok(await page.locator('mark.ent.ent-place', { hasText: 'Kazakhstan' }).first().isVisible());
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: join(RESULTS_DIR, 'skeleton-document.png'), fullPage: true });
});

test('the ledger and the events pages list what extraction found', async () => {
  await page.goto(`${baseUrl}/#/ledger`);
  await page.locator('.ledger tbody tr').first().waitFor();
  assert.ok(await page.locator('.ledger tbody tr', { hasText: 'Humvee' }).count() >= 1);
  await page.screenshot({ path: join(RESULTS_DIR, 'skeleton-ledger.png'), fullPage: true });
  await page.goto(`${baseUrl}/#/events`);
  await page.locator('.event').first().waitFor();
  assert.ok(await page.locator('.event').count() >= 2);
  await page.screenshot({ path: join(RESULTS_DIR, 'skeleton-events.png'), fullPage: true });
});
