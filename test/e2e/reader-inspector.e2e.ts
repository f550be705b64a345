// The reader's inspector in Chromium over the seed records: a click on a highlighted mention opens
// the entity with the cited source of its claim; "show only claims citing" narrows the citations.
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

test('a click on a mention inside a cited claim shows the entity and the source', async () => {
  await page.goto(`${bench.baseUrl}/#/documents/003_c674a82b06f24ef4`);
  await page.locator('#doc-title').waitFor();
  // The mention inside the first citation's claim (the seed record's Nezavisimaya Gazeta citation).
  const claim = await page.evaluate(async () => {
    const body = await (await fetch('/api/documents/003_c674a82b06f24ef4')).json() as { record: { citations: { claim: [number, number] }[] } };
    return body.record.citations[0]?.claim ?? [0, 0];
  });
  const [from, to] = claim as [number, number];
  const starts = await page.locator('.doc-text mark', { hasText: 'Turisbekov' }).evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-start'))));
  const at = starts.find((s) => s >= from && s < to);
  assert.ok(at !== undefined, 'no Turisbekov mention inside the claim');
  await page.locator(`.doc-text mark[data-start="${at}"]`).click();
  const inspector = page.getByRole('region', { name: /Zautbek Turisbekov/ });
  await inspector.waitFor();
  assert.match(await inspector.innerText(), /In a claim citing Nezavisimaya Gazeta/);
  assert.equal(await inspector.getByRole('link', { name: 'Profile' }).getAttribute('href'), '#/entities/person%3Azautbek-turisbekov');
  await page.screenshot({ path: join(RESULTS_DIR, 'reader-inspector.png') });
});

test('show only claims citing a source', async () => {
  const citations = page.getByRole('region', { name: /Citations/ }).locator('.fact');
  assert.equal(await citations.count(), 3);
  await page.getByLabel('Show only claims citing').selectOption('Interfax');
  assert.equal(await citations.count(), 2);
  assert.deepEqual([...new Set(await citations.locator('.fact-head strong').allInnerTexts())], ['Interfax']);
  assert.deepEqual(problems, []);
});
