// The reader in Chromium over hand-annotated seed records (stable, extractor-independent): home
// page, search, type-classed highlights with tooltips, keyboard use. Screenshots: test-results/.
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

/** Full-page screenshot from the top, so the sticky top bar is drawn where it belongs. */
async function shot(name: string): Promise<void> {
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

test('home page lists the recent documents', async () => {
  const res = await page.goto(`${bench.baseUrl}/`);
  assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  await page.getByRole('heading', { name: 'Recent documents' }).waitFor();
  const rows = page.locator('.doc-table tbody tr');
  // The heading renders before the documents arrive: wait for the rows, then count them.
  await rows.first().waitFor();
  assert.equal(await rows.count(), 2);
  assert.match(await rows.first().innerText(), /^Untitled 000_84172de54e6bc5e0/);
  const stats = page.getByRole('list', { name: 'Library at a glance' });
  await stats.waitFor();
  assert.match(await stats.innerText(), /31\s+Entities\s+4\s+Events\s+2\s+Transfers/i);
  assert.ok(await page.getByRole('link', { name: /Kazakhstan prepared to use force/i }).isVisible());
  await shot('01-home');

  // Keyboard: the first Tab reaches the skip link, which moves focus to the page content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.match(page.url(), /\/$|#\/$/);
});

test('searching "Humvee" finds the seed article with a marked snippet', async () => {
  await page.getByLabel('Search documents').fill('Humvee');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Results for/ }).waitFor();
  await page.locator('.result').first().waitFor();
  assert.equal(await page.locator('.result').count(), 1);
  assert.equal((await page.locator('.result-count').innerText()).trim(), '1 document matches');
  assert.equal(await page.locator('.snippet mark').first().innerText(), 'Humvee');
  assert.match(page.url(), /#\/\?q=Humvee$/);
  const chip = page.getByRole('navigation', { name: 'Matching entities' }).getByRole('link', { name: /Humvee/ });
  await chip.waitFor();
  assert.match(await chip.getAttribute('class') ?? '', /ent-equipment/);
  await shot('02-search-humvee');
});

test('the reader highlights entities by type with tooltips', async () => {
  await page.getByRole('link', { name: /Kazakhstan prepared to use force/i }).click();
  await page.locator('#doc-title').waitFor();
  assert.match(page.url(), /#\/documents\/003_c674a82b06f24ef4$/);

  const humvee = page.locator('mark.ent.ent-equipment', { hasText: 'Humvee' }).first();
  assert.ok(await humvee.isVisible());
  assert.equal(await humvee.getAttribute('title'), 'Equipment: Humvee');
  const nazarbayev = page.locator('mark.ent.ent-person', { hasText: 'Nazarbayev' }).first();
  assert.ok(await nazarbayev.isVisible());
  assert.equal(await nazarbayev.getAttribute('title'), 'Person: Nursultan Nazarbayev');
  // Highlight colours come from the stylesheet, so a blocked or missing CSS file fails here.
  const background = await humvee.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)');

  for (const heading of ['Entities', 'Transfers', 'Events', 'Amounts', 'Citations', 'Quotes']) {
    assert.ok(await page.getByRole('heading', { name: new RegExp(`^${heading}`) }).isVisible(), heading);
  }
  await shot('03-document');
});

test('the keyboard reaches the legend and entity lists, and they act on the text', async () => {
  const people = page.getByRole('button', { name: /^People/ });
  await people.focus();
  await page.keyboard.press('Enter');
  assert.equal(await people.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('mark.ent-person').count(), 0);
  await page.keyboard.press('Space');
  assert.ok(await page.locator('mark.ent-person').count() > 0);

  const entity = page.locator('.entity-button', { hasText: 'Nursultan Nazarbayev' });
  await entity.focus();
  await page.keyboard.press('Enter');
  assert.equal(await entity.getAttribute('aria-pressed'), 'true');
  assert.ok(await page.locator('mark.ent-selected').count() >= 3);
  await shot('04-document-selected');
});

test('entities page: filter, open one, follow a mention into the reader', async () => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Entities' }).click();
  await page.getByRole('heading', { name: 'Entities', level: 1 }).waitFor();
  await page.getByLabel('Name').fill('nazarbayev');
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=nazarbayev/);
  await page.locator('.result-count', { hasText: /^1 entity$/ }).waitFor();
  assert.equal(await page.locator('.doc-table tbody tr').count(), 1);
  await page.getByLabel('Type').selectOption('place');
  await page.waitForURL(/type=place/);
  await page.locator('.result-count', { hasText: '0 entities' }).waitFor();
  await page.getByLabel('Type').selectOption('person');
  await page.getByRole('link', { name: 'Nursultan Nazarbayev' }).click();
  await page.getByRole('heading', { name: 'Nursultan Nazarbayev', level: 1 }).waitFor();
  await shot('05-entity');

  const mention = page.locator('.kwic-hit a').first();
  const [, at] = /at=(\d+)/.exec((await mention.getAttribute('href')) ?? '') ?? [];
  await mention.click();
  // The reader flashes the mention once it has rendered; waiting for the class is the assertion.
  const target = page.locator(`mark.ent-person.ent-flash[data-start="${at}"]`);
  await target.waitFor({ timeout: 5000 });
  assert.ok(await target.isVisible());
  assert.ok(await target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }));
});

test('a changed filter never shows the previous filter\'s results, even for one frame', async () => {
  await page.goto(`${bench.baseUrl}/#/entities?q=nazarbayev`);
  await page.locator('.result-count', { hasText: /^1 entity$/ }).waitFor();
  // Record, frame by frame, the count the page shows once the address names the new filter.
  // (A string, because the test's compiler would name a function and the page has no helper for that.)
  await page.evaluate(`(() => {
    window.seenCounts = [];
    const record = () => {
      if (location.hash.includes('no%20such')) window.seenCounts.push(document.querySelector('.result-count')?.textContent ?? 'loading');
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  })()`);
  await page.goto(`${bench.baseUrl}/#/entities?q=${encodeURIComponent('no such entity')}`);
  await page.locator('.result-count', { hasText: /^0 entities$/ }).waitFor();
  // The count can be on screen before the next frame records it: wait for two frames.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const seen = await page.evaluate(() => (window as unknown as { seenCounts: string[] }).seenCounts);
  assert.deepEqual([...new Set(seen)].filter((count) => count !== 'loading'), ['0 entities']);
});

test('ledger: filter transfers by item, entities link to their pages', async () => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Ledger' }).click();
  await page.getByRole('heading', { name: 'Transfer ledger' }).waitFor();
  await page.locator('.result-count', { hasText: /^2 transfers$/ }).waitFor();
  await page.getByLabel('Item').fill('humvee');
  await page.keyboard.press('Enter');
  await page.locator('.result-count', { hasText: /^1 transfer$/ }).waitFor();
  const row = page.locator('.ledger tbody tr');
  assert.match(await row.innerText(), /United States[\s\S]*Kazakhstan[\s\S]*27\s+Humvee mobile vehicles[\s\S]*\$3\.1M[\s\S]*delivered[\s\S]*Interfax/i);
  await row.getByRole('link', { name: 'Interfax' }).click();
  await page.locator('#doc-title').waitFor();
  await page.locator('.doc-text .passage').first().waitFor();
  const passage = (await page.locator('.doc-text .passage').allInnerTexts()).join('');
  assert.equal(passage, 'The United States has handed over 27 Humvee mobile vehicles worth $3.1 million');
  await shot('07-ledger-passage');
  await page.goBack();
  await page.locator('.ledger tbody tr').getByRole('link', { name: 'United States' }).click();
  await page.getByRole('heading', { name: 'United States', level: 1 }).waitFor();
});

test('reader: "Show in text" outlines a fact\'s passage and toggles off', async () => {
  await page.goto(`${bench.baseUrl}/#/documents/000_84172de54e6bc5e0`);
  const event = page.locator('.fact', { hasText: 'Six alleged Tablighi Jamaat members' });
  const button = event.getByRole('button', { name: 'Show in text' });
  await button.click();
  const passage = page.locator('.doc-text .passage');
  await passage.first().waitFor();
  assert.match((await passage.allInnerTexts()).join(''), /^authorities ended the “illegal missionary activities” of six alleged members$/);
  await event.getByRole('button', { name: 'Hide in text' }).click();
  assert.equal(await passage.count(), 0);
});

test('events: filter by type and date range, grouped by month', async () => {
  await page.goto(`${bench.baseUrl}/#/events`);
  await page.locator('.result-count', { hasText: /^4 events$/ }).waitFor();
  assert.deepEqual(await page.locator('.event-month h3').allInnerTexts(), ['JUN 2005', 'JUL 2005', 'OCT 2006']);
  await page.getByLabel('From').fill('2006');
  await page.keyboard.press('Enter');
  await page.locator('.result-count', { hasText: /^2 events from 2006 to the end$/ }).waitFor();
  await page.getByLabel('Type').selectOption('arrest');
  await page.locator('.result-count', { hasText: /^1 event from/ }).waitFor();
  assert.match(await page.locator('.event').innerText(), /11 Oct 2006[\s\S]*ARREST[\s\S]*Six alleged Tablighi Jamaat members/i);
  await shot('06-events-filtered');
});

test('timeline: one lane per event type on a month axis; dragging across a range filters the list', async () => {
  await page.goto(`${bench.baseUrl}/#/events`);
  // The hash change keeps the previous test's filtered view on screen until the unfiltered list arrives.
  await page.locator('.result-count', { hasText: /^4 events$/ }).waitFor();
  await page.locator('.timeline-lanes li').nth(3).waitFor();
  const plot = page.locator('svg.timeline-plot');
  await plot.waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Timeline scale' }).locator('[aria-current]').innerText(), 'Months');
  assert.deepEqual(await page.locator('.timeline-lanes li a').evaluateAll((as) => as.map((a) => a.firstChild?.textContent?.trim())), ['arrest', 'exercise', 'legislation', 'transfer']);
  assert.equal(await page.locator('.timeline-mark').count(), 4);
  const box = await plot.boundingBox();
  assert.ok(box);
  // From the left edge (June 2005) to a third of the way: the two 2005 events, not the 2006 ones.
  await page.mouse.move(box.x + 2, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 3, box.y + 10, { steps: 5 });
  await page.mouse.up();
  await page.locator('.result-count', { hasText: /^2 events from Jun 2005 to/ }).waitFor();
  assert.deepEqual(await page.locator('.event-month h3').allInnerTexts(), ['JUN 2005', 'JUL 2005']);
  await shot('07-timeline-brushed');
  await page.getByRole('link', { name: 'Show all dates' }).click();
  await page.locator('.result-count', { hasText: /^4 events$/ }).waitFor();
  await page.locator('.timeline-lanes').getByRole('link', { name: /arrest/ }).click();
  await page.locator('.result-count', { hasText: /^1 event$/ }).waitFor();
  await page.locator('.timeline-mark').first().click();
  await page.locator('#doc-title').waitFor();
  assert.match(page.url(), /#\/documents\/.+\?at=\d+/);
});

test('no console errors or CSP violations were reported', () => {
  assert.deepEqual(problems, []);
});
