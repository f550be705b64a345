// Document text is untrusted: markup inside a report, its snippet or an entity name must show
// as literal text in Chromium, never become elements or run script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { EXTRACTION_SCHEMA, type DocumentInput, type ExtractionRecord } from '../../src/model/index.ts';
import type { Page } from 'playwright-core';
import { startWorkbench, type Workbench } from './web-fixture.ts';

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const TEXT = `Officials in Zhanaozen received a leaflet reading ${PAYLOAD} before the «rally» began.\n\nNo one was detained.`;
const EVIL_NAME = '<b onmouseover="window.__pwned=3">Evil</b>';

function hostileDocument(): { doc: DocumentInput; record: ExtractionRecord } {
  const doc: DocumentInput = {
    id: 'hostile-1', source: 'test', format: 'txt', title: '<i>Leaflet</i> report', publication: null, volume: null,
    issue: null, published: '2011-12', url: null, text: TEXT, contentHash: createHash('sha256').update(TEXT).digest('hex'),
  };
  const start = TEXT.indexOf('<img');
  const record: ExtractionRecord = {
    schema: EXTRACTION_SCHEMA,
    document: { id: doc.id, title: doc.title, publication: null, volume: null, issue: null, published: doc.published, text: TEXT },
    entities: [{ id: 'e1', type: 'organization', name: EVIL_NAME, aliases: [], mentions: [[start, start + PAYLOAD.length]] }],
    amounts: [], transfers: [], events: [], citations: [], quotes: [], dates: [],
  };
  return { doc, record };
}

let bench: Workbench;
let page: Page;

before(async () => {
  bench = await startWorkbench([hostileDocument()]);
  page = await bench.context.newPage();
});

after(async () => {
  await bench?.close();
});

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

test('markup in a search snippet is shown as text', async () => {
  await page.goto(`${bench.baseUrl}/#/?q=leaflet`);
  const result = page.locator('.result').first();
  await result.waitFor();
  assert.equal(await result.locator('img, script, i').count(), 0);
  assert.match(await result.locator('.snippet').innerText(), /<img src=x onerror=/);
  assert.equal(await result.locator('.result-title').innerText(), '<i>Leaflet</i> report');
  assert.equal(await pwned(), null);
});

test('markup in the text and in an entity name stays inert in the reader', async () => {
  await page.goto(`${bench.baseUrl}/#/documents/hostile-1`);
  const mark = page.locator('mark.ent-organization');
  await mark.waitFor();
  assert.equal(await mark.innerText(), PAYLOAD);
  assert.equal(await mark.getAttribute('title'), `Organization: ${EVIL_NAME}`);
  assert.equal(await page.locator('.doc-text img, .doc-text script, .reader-side b').count(), 0);
  await page.locator('.entity-button').first().hover();
  await mark.hover();
  assert.equal(await pwned(), null);
});
