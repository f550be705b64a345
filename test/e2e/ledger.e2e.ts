// The ledger in Chromium over the seed records: sorting by a column, totals by supplier,
// recipient and item, and the CSV export of the rows shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('sorting by supplier reorders the rows and marks the column', async () => {
  await page.goto(`${bench.baseUrl}/#/ledger`);
  await page.locator('.result-count', { hasText: /^2 transfers$/ }).waitFor();
  const suppliers = () => page.locator('.ledger tbody tr td:nth-child(2)').allInnerTexts();
  await page.getByRole('button', { name: 'Supplier' }).click();
  const asc = await suppliers();
  assert.deepEqual(asc, ['unknown', 'United States'], 'a row without a supplier sorts first');
  assert.equal(await page.locator('th[aria-sort="ascending"]').textContent(), 'Supplier ▲');
  await page.getByRole('button', { name: /Supplier/ }).click();
  assert.deepEqual(await suppliers(), [...asc].reverse());
  assert.equal(await page.locator('th[aria-sort="descending"]').textContent(), 'Supplier ▼');
});

test('totals by supplier, recipient and item count the transfers', async () => {
  const items = page.getByRole('region', { name: 'Totals by equipment' });
  assert.match(await items.innerText(), /Humvee mobile vehicles 1 transfer · 27 units/);
  const recipients = page.getByRole('region', { name: 'Totals by recipient' });
  assert.match(await recipients.innerText(), /Kazakhstan/);
  await page.screenshot({ path: join(RESULTS_DIR, 'ledger.png'), fullPage: true });
});

test('CSV export holds a header and one line per transfer', async () => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  assert.equal(file.suggestedFilename(), 'transfers.csv');
  const path = join(RESULTS_DIR, 'transfers.csv');
  await file.saveAs(path);
  const lines = readFileSync(path, 'utf8').trim().split('\r\n');
  assert.equal(lines[0], 'date,supplier,recipient,items,value,currency,status,sources,document,passage');
  assert.equal(lines.length, 3);
  assert.ok(lines.some((l) => /United States,Kazakhstan,27 Humvee mobile vehicles,3100000,USD,delivered,Interfax/.test(l)), lines.join('\n'));
  assert.deepEqual(problems, []);
});
