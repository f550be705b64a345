// Tests of reading each format from real fixtures (seeds, an HTML page, an RSS feed, a hand-made
// PDF) and of the reasons given for files that cannot be read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UnreadableFileError } from '../model/index.ts';
import { readDocument, readSource } from './read-document.ts';

const fixture = (name: string) => new URL(`../../test/fixtures/ingest/${name}`, import.meta.url).pathname;
const seed = (name: string) => new URL(`../../samples/${name}`, import.meta.url).pathname;

test('an EDM seed yields title, publication, volume, issue and the volume year', async () => {
  const [doc] = await readDocument(seed('003_c674a82b06f24ef4.txt'));
  assert.equal(doc?.id, '003_c674a82b06f24ef4');
  assert.equal(doc?.title, 'KAZAKHSTAN PREPARED TO USE FORCE AGAINST “REVOLUTIONARIES”');
  assert.deepEqual([doc?.publication, doc?.volume, doc?.issue, doc?.published], ['Eurasia Daily Monitor', 2, 129, '2005']);
  assert.ok(doc?.text.startsWith('Kazakh President Nazarbayev justifies'));
  assert.ok(!doc?.text.includes('Publication:'));
  assert.match(doc?.contentHash ?? '', /^[0-9a-f]{64}$/u);
});

test('boilerplate glued to paragraphs and share lines are gone from an EDM text', async () => {
  const [doc] = await readDocument(fixture('edm-glued.txt'));
  assert.equal(doc?.published, '2007');
  assert.equal(doc?.text, 'Uzbekistan has added two brigades to its Interior Ministry troops, according to officials in Tashkent.\n\n'
    + 'The new units are based in the Ferghana Valley (Ferghana.ru, January 15).');
});

test('HTML: the article text by paragraph, title and date from meta tags', async () => {
  const [doc] = await readDocument(fixture('kazbat-exercise.html'));
  assert.equal(doc?.format, 'html');
  assert.equal(doc?.title, 'Kazakh peacekeepers train with NATO partners');
  assert.equal(doc?.published, '2006-09-14');
  assert.equal(doc?.url, 'https://example.org/monitor/kazbat-exercise');
  assert.equal(doc?.text.split('\n\n').length, 3);
  assert.ok(!/Home|Tweet|rights reserved/u.test(doc?.text ?? ''));
});

test('RSS: one document per item, dates from pubDate, stable ids', async () => {
  const docs = await readDocument(fixture('monitor-feed.rss'));
  assert.equal(docs.length, 2);
  assert.deepEqual(docs.map((d) => d.published), ['2006-10-10', '2006-10-11']);
  assert.ok(docs.every((d) => d.id.startsWith('monitor-feed-') && d.format === 'feed-item'));
  assert.deepEqual((await readDocument(fixture('monitor-feed.rss'))).map((d) => d.id), docs.map((d) => d.id));
});

test('Atom entries are read like RSS items', async () => {
  const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
    + '<entry><id>urn:a</id><title>Arrests in Andijan</title><updated>2005-05-14T10:00:00Z</updated>'
    + '<link href="https://example.org/a"/><content type="html">&lt;p&gt;Police detained 12 people.&lt;/p&gt;</content></entry></feed>';
  const [doc] = await readSource(new TextEncoder().encode(atom), 'news.atom');
  assert.equal(doc?.text, 'Police detained 12 people.');
  assert.equal(doc?.published, '2005-05-14');
  assert.equal(doc?.url, 'https://example.org/a');
});

test('PDF: the text layer of a hand-made PDF', async () => {
  const [doc] = await readDocument(fixture('riot-shields.pdf'));
  assert.equal(doc?.text, 'Kazakhstan received 2,080 riot shields from the United States in July 2005.');
});

test('stdin gets an id derived from its content', async () => {
  const bytes = new TextEncoder().encode('Police detained 12 people in Andijan.');
  const [a] = await readSource(bytes, '-');
  const [b] = await readSource(bytes, '-');
  assert.match(a?.id ?? '', /^stdin-[0-9a-f]{12}$/u);
  assert.equal(a?.id, b?.id);
});

test('unreadable inputs are rejected with the path and a reason', async () => {
  const pdf = readFileSync(fixture('riot-shields.pdf'));
  const cases: [Uint8Array, string, RegExp][] = [
    [new Uint8Array(), 'empty.txt', /^empty file$/u],
    [new TextEncoder().encode('  \n\n '), 'blank.txt', /^empty file$/u],
    [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'image.bin', /^binary file$/u],
    [Uint8Array.from([0x4b, 0x61, 0x7a, 0xff, 0xfe, 0x61]), 'latin.txt', /^invalid UTF-8$/u],
    [pdf.subarray(0, 200), 'cut.pdf', /^broken PDF/u],
    [new TextEncoder().encode('<?xml version="1.0"?><note>hi</note>'), 'note.xml', /not an RSS or Atom feed/u],
    [new TextEncoder().encode('Share this\nTweet\n'), 'widgets.txt', /no text left/u],
  ];
  for (const [bytes, name, reason] of cases) {
    await assert.rejects(readSource(bytes, name), (error: unknown) => {
      assert.ok(error instanceof UnreadableFileError, name);
      assert.equal(error.path, name);
      assert.match(error.reason, reason, name);
      return true;
    });
  }
  await assert.rejects(readDocument(fixture('does-not-exist.txt')), { code: 'unreadable_file' });
});
