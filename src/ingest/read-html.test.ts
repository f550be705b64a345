// Hostile or empty HTML is an unreadable file with a reason, never an untyped crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnreadableFileError } from '../model/index.ts';
import { readHtml } from './read-html.ts';

for (const [label, html] of [
  ['an empty page', ''],
  ['a bare script', '<script>alert(1)</script>'],
  ['whitespace only', '   \n  '],
] as const) {
  test(`readHtml rejects ${label} with UnreadableFileError`, () => {
    assert.throws(() => readHtml(html, 'page.html'), (error: unknown) =>
      error instanceof UnreadableFileError && error.path === 'page.html');
  });
}

test('readHtml reads the article of a normal page', () => {
  const page = '<html><head><title>Drill</title><meta name="date" content="2006-10-10"></head><body>'
    + '<article><p>On October 10 a tactical exercise was held in Aktau by territorial defense subunits.</p></article></body></html>';
  const article = readHtml(page, 'drill.html');
  assert.match(article.text, /tactical exercise was held in Aktau/);
  assert.equal(article.published, '2006-10-10');
});
