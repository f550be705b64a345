// The link chart in Chromium over the seed records: start from an entity, expand, read an edge's
// provenance, filter by relation kind, save and reopen a board, export. Screenshots: test-results/.
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

const counts = async () => Number(await page.locator('.chart-canvas').getAttribute('data-nodes'));

/** Clicks the rendered node `id` on the canvas at its rendered position. */
async function clickNode(id: string): Promise<void> {
  const box = await page.locator('.chart-canvas').boundingBox();
  const pos = await page.evaluate((nodeId) => {
    const el = document.querySelector('.chart-canvas') as HTMLElement & { _cyreg?: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } } };
    return el._cyreg?.cy.getElementById(nodeId).renderedPosition() ?? null;
  }, id);
  assert.ok(box && pos, `node ${id} is not on the canvas`);
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

test('start from an entity found by name, then read its panel', async () => {
  await page.goto(`${bench.baseUrl}/#/graph`);
  await page.getByLabel('Start from', { exact: true }).fill('Nazarbayev');
  await page.getByRole('button', { name: 'Find' }).click();
  await page.getByRole('list', { name: 'Matching entities' }).getByRole('button', { name: /Nursultan Nazarbayev/ }).click();
  await page.waitForFunction(() => Number(document.querySelector('.chart-canvas')?.getAttribute('data-nodes')) > 2);
  assert.ok((await counts()) > 2);
  await page.getByRole('status').filter({ hasText: /new entit/ }).waitFor();
  // Keyboard route: the index of entities on the chart selects one without the mouse.
  const index = page.getByRole('complementary', { name: 'Entities on the chart' });
  await index.getByRole('button', { name: 'Kazakhstan' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('complementary', { name: 'Selected entity' }).getByRole('heading', { name: 'Kazakhstan' }).waitFor();
  // Nodes carry the ids the entity lists hand out (resolved clusters).
  const listed = await (await fetch(`${bench.baseUrl}/api/entities?q=${encodeURIComponent('Nursultan Nazarbayev')}&type=person`)).json() as { items: { id: string }[] };
  await clickNode(listed.items[0]?.id ?? '');
  const panel = page.getByRole('complementary', { name: 'Selected entity' });
  await panel.getByRole('heading', { name: 'Nursultan Nazarbayev' }).waitFor();
  await page.screenshot({ path: join(RESULTS_DIR, 'link-chart.png') });
});

test('an edge shows its provenance with links into the reader', async () => {
  const edgeId = await page.evaluate(() => {
    const el = document.querySelector('.chart-canvas') as HTMLElement & { _cyreg?: { cy: { edges(): { first(): { id(): string; midpoint(): { x: number; y: number } } }; emit?: unknown } } };
    return el._cyreg?.cy.edges().first().id() ?? '';
  });
  assert.notEqual(edgeId, '');
  // Select the edge through cytoscape's own tap event (an edge is a thin target for the mouse).
  await page.evaluate((id) => {
    const el = document.querySelector('.chart-canvas') as HTMLElement & { _cyreg?: { cy: { getElementById(id: string): { emit(e: string): void } } } };
    el._cyreg?.cy.getElementById(id).emit('tap');
  }, edgeId);
  const panel = page.getByRole('complementary', { name: 'Selected link' });
  await panel.getByRole('heading', { name: /Provenance \(\d+\)/ }).waitFor();
  const link = panel.locator('.provenance a').first();
  assert.match(await link.getAttribute('href') ?? '', /^#\/documents\/\d{3}_/);
});

test('a relation filter narrows the links, and a board survives a reload', async () => {
  const before = Number((await page.locator('.chart-counts').innerText()).match(/(\d+) links/)?.[1]);
  await page.getByRole('checkbox', { name: 'holds-role' }).check();
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('status').filter({ hasText: /^Filtered/ }).waitFor();
  const after = Number((await page.locator('.chart-counts').innerText()).match(/(\d+) links/)?.[1]);
  assert.ok(after < before, `filtered ${after} links, unfiltered ${before}`);
  await page.getByLabel('Board', { exact: true }).fill('Nazarbayev circle');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved board “Nazarbayev circle”' }).waitFor();
  await page.goto(`${bench.baseUrl}/#/graph?board=nazarbayev-circle`);
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Opened board “Nazarbayev circle”' }).waitFor();
  assert.equal(Number((await page.locator('.chart-counts').innerText()).match(/(\d+) links/)?.[1]), after);
});

test('GEXF and SVG exports download the chart', async () => {
  const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
  assert.equal(gexf.suggestedFilename(), 'link-chart.gexf');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  assert.equal(svg.suggestedFilename(), 'link-chart.svg');
  assert.deepEqual(problems, []);
});
