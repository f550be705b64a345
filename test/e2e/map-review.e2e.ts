// The map and the review queue in Chromium over the seed records: country shapes and clustered
// places linked to documents; review decisions that persist and change how entities are served.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openWatchedPage, RESULTS_DIR, type Workbench } from './web-fixture.ts';

let bench: Workbench;
let page: Page;
let problems: string[] = [];

before(async () => {
  ({ bench, page, problems } = await openWatchedPage());
});

after(async () => {
  await bench?.close();
});

test('the map draws countries offline and lists a place with its documents and events', async () => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${bench.baseUrl}/#/map`);
  await page.locator('.map-canvas[data-state="ready"]').waitFor();
  assert.match(await page.getByRole('status').innerText(), /^\d+ geocoded places$/);
  assert.ok(await page.locator('.map-canvas path.leaflet-interactive').count() > 0, 'no place markers');
  assert.ok(await page.locator('.map-canvas svg path').count() > 100, 'country shapes missing');
  await page.getByRole('complementary', { name: 'Places' }).getByRole('button', { name: 'Kazakhstan' }).click();
  const detail = page.locator('.place-detail');
  await detail.getByRole('heading', { name: /Kazakhstan/ }).waitFor();
  assert.ok(await detail.locator('a[href^="#/documents/"]').count() >= 2);
  await page.screenshot({ path: join(RESULTS_DIR, 'map.png') });
  assert.deepEqual(requests.filter((u) => !u.startsWith(bench.baseUrl)), [], 'the map fetched something off the server');
});

test('the review queue accepts, renames and rejects, and the decisions survive a reload', async () => {
  await page.goto(`${bench.baseUrl}/#/review`);
  const queue = page.locator('.review-queue > li');
  await queue.first().waitFor();
  const total = await queue.count();
  const firstName = await queue.first().locator('h2').innerText();
  await queue.first().getByRole('button', { name: 'Reject' }).click();
  await page.getByRole('complementary', { name: 'Recent decisions' }).getByText(/reject/).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('.review-queue > li').length === n - 1, total);
  const second = queue.first();
  const secondName = await second.locator('h2').innerText();
  await second.getByRole('button', { name: 'Edit name' }).click();
  await second.getByLabel('New name').fill(`${secondName} (checked)`);
  await second.getByRole('button', { name: 'Save name' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.review-queue > li').length === n - 2, total);
  await page.screenshot({ path: join(RESULTS_DIR, 'review.png'), fullPage: false });
  await page.reload();
  await queue.first().waitFor();
  assert.equal(await queue.count(), total - 2);
  const names = await page.locator('.review-queue h2').allInnerTexts();
  assert.ok(!names.includes(firstName) && !names.includes(secondName));
  const served = await page.evaluate(async () => (await fetch('/api/corrections/entities?limit=200')).json() as Promise<{ items: { name: string }[] }>);
  const servedNames = served.items.map((e) => e.name);
  assert.ok(!servedNames.includes(firstName), 'a rejected entity is still served');
  assert.ok(servedNames.includes(`${secondName} (checked)`), 'the renamed entity is not served under its new name');
  await page.goto(`${bench.baseUrl}/#/entities?q=${encodeURIComponent(secondName)}`);
  await page.getByRole('link', { name: `${secondName} (checked)` }).waitFor();
  await page.goto(`${bench.baseUrl}/#/entities?q=${encodeURIComponent(firstName)}`);
  await page.locator('.result-count').first().waitFor();
  assert.equal(await page.getByRole('link', { name: firstName, exact: true }).count(), 0, 'the entities page lists a rejected entity');
  assert.deepEqual(problems, []);
});
