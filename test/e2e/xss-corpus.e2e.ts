// The XSS corpus (test/fixtures/xss/) and a 10 MB single-line document go through the real
// readers and extractor, then each is opened in the reader and in search results in Chromium.
// Nothing may run: no payload flag, no dialog, no CSP violation, no element made from a document.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extractDocument } from '../../src/app/index.ts';
import { buildDocument, readDocument } from '../../src/ingest/index.ts';
import { EXTRACTION_SCHEMA, type ExtractionRecord } from '../../src/model/index.ts';
import type { SeedDocument } from '../support/seed-records.ts';
import { startWorkbench, type Workbench } from './web-fixture.ts';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'xss');
// Elements a payload could create; inside document views the app uses none of them but its own
// folding panels (the search facets' drawer, the timeline's apart lists), which are details by design.
const FOREIGN = 'main img, main script, main svg, main iframe, main form, main input, main details:not(.facet-drawer, .timeline-apart), main math, main a[href^="javascript" i]';

async function corpus(): Promise<SeedDocument[]> {
  const docs: SeedDocument[] = [];
  for (const name of readdirSync(CORPUS).filter((n) => n !== 'README.md')) {
    for (const doc of await readDocument(join(CORPUS, name))) docs.push({ doc, record: extractDocument(doc) });
  }
  // Filler no search below matches: FTS5 snippet() over a word repeated ~400,000 times in one
  // document does not finish (reported to the store owners), which is a separate fault.
  const payload = `<img src=x onerror="window.__xss='long'"><script>window.__xss='long-script'</script>`;
  const line = `${payload} ${'lorem ipsum dolor sit amet '.repeat(10_000_000 / 27)}${payload}`;
  const long = buildDocument({ id: 'xss-long-line', source: 'generated', format: 'txt', text: line, title: 'Ten megabyte line' });
  // Extraction of 10 MB is a benchmark matter; here the page only has to show it, so its record is empty.
  const document = { id: long.id, title: long.title, publication: null, volume: null, issue: null, published: null, text: long.text };
  const record: ExtractionRecord = { schema: EXTRACTION_SCHEMA, document, entities: [], amounts: [], transfers: [], events: [], citations: [], quotes: [], dates: [] };
  docs.push({ doc: long, record });
  return docs;
}

let bench: Workbench;
let page: Page;
let docs: SeedDocument[];
const dialogs: string[] = [];

before(async () => {
  docs = await corpus();
  bench = await startWorkbench(docs);
  page = await bench.context.newPage();
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

after(async () => {
  await bench?.close();
});

async function assertInert(where: string): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __violations?: string[] };
    return { xss: w.__xss ?? null, violations: w.__violations ?? [] };
  });
  assert.equal(state.xss, null, `${where}: a payload ran`);
  assert.deepEqual(state.violations, [], `${where}: markup from a document reached the page`);
  assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
  assert.equal(await page.locator(FOREIGN).count(), 0, `${where}: a document made an element`);
}

test('the corpus was read: every fixture became at least one document with its payload as text', () => {
  assert.ok(docs.length >= 8, `${docs.length} documents`);
  const all = docs.map((d) => d.doc.text).join('\n');
  assert.match(all, /onerror=/);
  assert.match(all, /javascript:/i);
  assert.ok(docs.some((d) => d.doc.text.length >= 10_000_000), 'the 10 MB line is stored whole');
});

test('every hostile document opens in the reader as inert text', async () => {
  for (const { doc } of docs) {
    await page.goto(`${bench.baseUrl}/#/documents/${encodeURIComponent(doc.id)}`);
    await page.locator('.doc-text').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(100);
    await assertInert(`reader ${doc.id}`);
    if (doc.text.length < 100_000) assert.match(await page.locator('.doc-text').innerText(), /onerror|<script|javascript:|clash|contract/i);
  }
});

test('search results over the hostile documents stay inert', async () => {
  for (const q of ['onerror', 'script', 'javascript', 'svg', 'ministry', 'Kazakhstan']) {
    await page.goto(`${bench.baseUrl}/#/?q=${q}`);
    await page.locator('.result, .empty, .no-results').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(100);
    await assertInert(`search ${q}`);
  }
});
