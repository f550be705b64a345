// Search facets and the entity profile in Chromium over the seed records: pressing a facet value
// narrows the hits; the profile shows a timeline, co-occurring entities and a link-chart link.
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

test('facets count the matching documents and narrow the hits', async () => {
  await page.goto(`${bench.baseUrl}/#/?q=Kazakhstan`);
  const facets = page.getByRole('complementary', { name: 'Refine results' });
  await facets.waitFor();
  await page.locator('.result-count', { hasText: /^2 documents match/ }).waitFor();
  const eventTypes = facets.getByRole('group', { name: 'Event type' });
  const legislation = eventTypes.getByRole('button', { name: /legislation/ });
  assert.match(await eventTypes.innerText(), /legislation\s*1/);
  await legislation.click();
  assert.equal(await legislation.getAttribute('aria-pressed'), 'true');
  await page.locator('.result-count', { hasText: /^1 document matches the filters$/ }).waitFor();
  assert.match(page.url(), /eventType=legislation/, 'the filter lives in the address, so paging keeps it');
  assert.equal(await page.locator('.results > li').count(), 1);
  assert.match(await facets.innerText(), /Counts cover all 1 matches/);
  assert.match(await page.locator(".results > li").innerText(), /revolutionaries/i);
  await page.screenshot({ path: join(RESULTS_DIR, 'search-facets.png') });
  await facets.getByRole('button', { name: 'Clear filters' }).click();
  await page.locator('.result-count', { hasText: /^2 documents match$/ }).waitFor();
  assert.equal(await page.locator('.results > li').count(), 2);
});

test('the entity profile shows co-occurring entities and opens the link chart', async () => {
  // The id the entity list hands out (a resolved cluster), as a user following a link would get it.
  const listed = await (await fetch(`${bench.baseUrl}/api/entities?q=nazarbayev&type=person`)).json() as { items: { id: string }[] };
  await page.goto(`${bench.baseUrl}/#/entities/${encodeURIComponent(listed.items[0]?.id ?? '')}`);
  const co = page.getByRole('region', { name: 'Co-occurring entities' });
  await co.getByRole('link').first().waitFor();
  assert.ok(await co.getByRole('link', { name: 'Kazakhstan' }).count() === 1);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  assert.ok(await timeline.locator('li').count() >= 1, 'no timeline entries');
  await page.screenshot({ path: join(RESULTS_DIR, 'entity-profile.png'), fullPage: true });
  await co.getByRole('link', { name: /Open in link chart/ }).click();
  await page.waitForFunction(() => Number(document.querySelector('.chart-canvas')?.getAttribute('data-nodes')) > 2);
  assert.deepEqual(problems, []);
});
