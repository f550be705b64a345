// Every view over a real slice of the BBC news corpus (300 articles, 60 per category, beside the
// seeds): search with server-side facets and paging, reader, entity profile, timeline, map, link
// chart, ledger and review, each with real clicks and checks on what it shows. test-results/bbc-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BBC_DIR, loadBbcSlice } from './bbc-slice.ts';
import { openWatchedPage, RESULTS_DIR, type Workbench } from './web-fixture.ts';

const slice = loadBbcSlice(60);
const skip = slice === null ? `the BBC corpus is not at ${BBC_DIR}` : false;

let bench: Workbench;
let page: Page;
let problems: string[] = [];

before(async () => {
  if (!slice) return;
  ({ bench, page, problems } = await openWatchedPage(slice));
});

after(async () => {
  await bench?.close();
});

const shot = (name: string) => page.screenshot({ path: join(RESULTS_DIR, `bbc-${name}.png`) });
const countOf = async (selector: string) => Number(/[\d,]+/.exec(await page.locator(selector).first().innerText())?.[0].replace(/,/g, '') ?? NaN);

test('search: facets count every match, a facet narrows on the server and paging stays inside it', { skip }, async () => {
  await page.goto(`${bench.baseUrl}/#/?q=government`);
  await page.locator('.result-count', { hasText: /documents match$/ }).waitFor();
  const all = await countOf('.result-count');
  assert.ok(all > 20, `only ${all} matches for "government"`);
  const facets = page.getByRole('complementary', { name: 'Refine results' });
  assert.match(await facets.innerText(), new RegExp(`Counts cover all ${all} matches`));
  const outlets = (await facets.getByRole('group', { name: 'Outlet' }).getByRole('button').allInnerTexts()).map((t) => Number(/\d+$/.exec(t.trim())?.[0]));
  assert.equal(outlets.reduce((a, b) => a + b, 0), all, 'outlet counts add up to every match, not one page');
  assert.equal(await page.locator('.results > li').count(), 20);
  const person = facets.getByRole('group', { name: 'Entity type' }).getByRole('button', { name: /person/ });
  const persons = Number(/\d+$/.exec((await person.innerText()).trim())?.[0]);
  await person.click();
  await page.locator('.result-count', { hasText: new RegExp(`^${persons} documents match the filters$`) }).waitFor();
  assert.ok(persons < all && persons > 20, `${persons} of ${all} name a person`);
  await page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Next →' }).click();
  await page.waitForFunction(() => location.hash.includes('offset=20') && location.hash.includes('type=person'));
  await page.locator('.pager-range', { hasText: new RegExp(`^21–${Math.min(40, persons)} of ${persons}$`) }).waitFor();
  await shot('search');
});

test('reader: a hit opens its article with highlighted entities', { skip }, async () => {
  const first = page.locator('.results > li').first();
  const title = (await first.locator('h2').innerText()).trim();
  await first.locator('h2 a').click();
  await page.locator('#doc-title', { hasText: title }).waitFor();
  assert.match(await page.locator('.reader .meta').first().innerText(), /BBC News/);
  assert.ok(await page.locator('.reader-main mark, .reader-main .ent').count() > 0, 'no entity is highlighted');
  await shot('reader');
});

test('profile: the most mentioned entity has its mentions and timeline', { skip }, async () => {
  await page.goto(`${bench.baseUrl}/#/entities`);
  await page.locator('.doc-table tbody tr').first().waitFor();
  const link = page.locator('.doc-table tbody tr td a').first();
  const name = (await link.innerText()).trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.locator('.kwic tbody tr').first().waitFor();
  assert.ok(await page.locator('.kwic tbody tr').count() > 1);
  await page.getByRole('region', { name: 'Timeline' }).waitFor();
  await shot('profile');
});

test('timeline: lanes by type, unknown years apart, a keyboard-brushed range filters the list', { skip }, async () => {
  await page.goto(`${bench.baseUrl}/#/events?scale=year`);
  const plot = page.locator('svg.timeline-plot');
  await plot.waitFor();
  assert.ok(await page.locator('.timeline-lanes li').count() >= 3, 'fewer than three event-type lanes');
  assert.ok(await page.locator('.timeline-mark').count() > 20, 'few marks on the timeline');
  const apart = page.locator('.timeline-apart', { hasText: 'Year unknown' });
  await apart.locator('summary').click();
  assert.ok(await apart.locator('li').count() > 0);
  assert.ok((await apart.locator('.event-date').allInnerTexts()).every((d) => d.includes('(year unknown)')));
  await shot('timeline');
  const total = await countOf('.result-count');
  await plot.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /from=\d{4}&to=\d{4}/.test(location.hash));
  await page.locator('.result-count', { hasText: / from \d{4} to \d{4}$/ }).waitFor();
  assert.ok(await countOf('.result-count') < total, 'the brushed range did not narrow the list');
  await page.getByRole('link', { name: 'Show all dates' }).click();
  await page.locator('.result-count', { hasText: new RegExp(`^${total.toLocaleString('en-US')} events$`) }).waitFor();
  await plot.focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY', 'Tab from the plot goes on to the next control, not through every mark');
  const crowded = page.locator('.timeline-mark:not([data-count="1"])').first();
  const inCell = Number(await crowded.getAttribute('data-count'));
  await crowded.click();
  await page.waitForFunction(() => /type=\w+&from=(\d{4})&to=\1/.test(location.hash));
  await page.locator('.result-count', { hasText: new RegExp(`^${inCell} events in \\d{4}$`) }).waitFor();
  assert.ok(await page.locator('.timeline-mark').count() + await page.locator('.timeline-apart').count() > 0, 'the zoomed chart shows nothing');
  await shot('timeline-zoomed');
  await page.getByRole('link', { name: 'Show all dates' }).click();
  await page.locator('.timeline-lanes [aria-current]').click();
  await page.locator('.result-count', { hasText: new RegExp(`^${total.toLocaleString('en-US')} events$`) }).waitFor();
  const single = page.locator('.timeline-mark[data-count="1"]').first();
  await single.click();
  await page.locator('#doc-title').waitFor();
  assert.match(page.url(), /#\/documents\/.+\?at=\d+/);
});

test('at phone width no view scrolls sideways; the plot and tables scroll inside themselves', { skip }, async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  const views: [string, string][] = [
    ['/#/?q=government', '.results > li'], ['/#/events?scale=month', 'svg.timeline-plot'], ['/#/entities', '.doc-table tbody tr'],
    ['/#/ledger', '.ledger tbody tr'], ['/#/review', '.review-queue > li'], ['/#/map', '.map-canvas[data-state="ready"]'],
  ];
  try {
    for (const [path, ready] of views) {
      await page.goto(`${bench.baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${path} scrolls sideways by ${overflow}px at 390px`);
      if (path.startsWith('/#/events')) await shot('timeline-390');
      if (path.startsWith('/#/?q=')) {
        const drawer = page.getByRole('complementary', { name: 'Refine results' }).locator('details');
        assert.equal(await drawer.getAttribute('open'), null, 'facets start folded on a phone');
        await shot('search-390');
      }
    }
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
});

test('map: hundreds of places, a filtered and paged list, a place with its documents', { skip }, async () => {
  await page.goto(`${bench.baseUrl}/#/map`);
  await page.locator('.map-canvas[data-state="ready"]').waitFor();
  const places = await countOf('.map-page .result-count');
  assert.ok(places > 100, `${places} geocoded places`);
  assert.equal(await page.locator('.place-list > li').count(), 40, 'the list shows one page of places');
  await page.getByLabel('Find a place').fill('London');
  // Resolution may keep a stray "London" apart; the list puts the most-documented one first.
  const london = page.locator('.place-list').getByRole('button', { name: 'London', exact: true }).first();
  await london.click();
  await page.locator('.place-detail').getByRole('heading', { name: /London/ }).waitFor();
  assert.ok(await page.locator('.place-detail a[href^="#/documents/bbc-"]').count() > 1);
  await shot('map');
});

test('link chart: a much-mentioned place opens with its neighbours', { skip }, async () => {
  await page.goto(`${bench.baseUrl}/#/graph?entity=${encodeURIComponent('place:london')}`);
  await page.waitForFunction(() => Number(document.querySelector('.chart-canvas')?.getAttribute('data-nodes')) > 5);
  await page.getByRole('complementary', { name: 'Entities on the chart' }).getByRole('button', { name: 'London' }).waitFor();
  await shot('link-chart');
});

test('ledger: transfers with totals, and a helpful empty state when nothing matches', { skip }, async () => {
  await page.goto(`${bench.baseUrl}/#/ledger`);
  await page.locator('.ledger tbody tr').first().waitFor();
  assert.ok(await page.locator('.ledger tbody tr').count() >= 2);
  await page.goto(`${bench.baseUrl}/#/ledger?item=${encodeURIComponent('no such thing')}`);
  await page.locator('.empty', { hasText: 'No transfer matches these filters.' }).getByRole('link', { name: 'Show every transfer' }).click();
  await page.locator('.ledger tbody tr').first().waitFor();
  await shot('ledger');
});

test('review: the queue over the whole slice takes a decision', { skip }, async () => {
  await page.goto(`${bench.baseUrl}/#/review`);
  const queue = page.locator('.review-queue > li');
  await queue.first().waitFor();
  assert.match(await page.locator('.result-count').innerText(), /^\d+ extractions to review/);
  const name = await queue.first().locator('h2').innerText();
  await queue.first().getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('complementary', { name: 'Recent decisions' }).getByText(/accept/).waitFor();
  assert.ok(!(await page.locator('.review-queue h2').allInnerTexts()).includes(name));
  await shot('review');
  assert.deepEqual(problems, []);
});
