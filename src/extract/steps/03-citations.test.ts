import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateList } from './03-citations.ts';
import { extractRecord } from '../index.ts';

test('a citation date list shares its month: "July 1, 4"', () => {
  assert.deepEqual(parseDateList('July 1, 4', 2005), ['2005-07-01', '2005-07-04']);
  assert.deepEqual(parseDateList('June 30, July 1, 2004', 2005), ['2004-06-30', '2004-07-01']);
  assert.equal(parseDateList('see below', 2005), null);
});

test('citations from a seed paragraph: source, dates, span, claim and a media entity', () => {
  const text = 'Al-Karim University taught students in three areas (Interfax-Kazakhstan, October 10).\n\nHe was accused under Article 375 (Interfax-Kazakhstan, October 11). In reality, more (Kazinform, October 11).';
  const r = extractRecord({ id: 't', text, published: '2006' });
  assert.deepEqual(r.citations.map((c) => [c.source, c.dates]), [
    ['Interfax-Kazakhstan', ['2006-10-10']], ['Interfax-Kazakhstan', ['2006-10-11']], ['Kazinform', ['2006-10-11']]]);
  const [first, , third] = r.citations;
  assert.equal(text.slice(first!.span[0], first!.span[1]), '(Interfax-Kazakhstan, October 10)');
  assert.equal(text.slice(first!.claim[0], first!.claim[1]), 'Al-Karim University taught students in three areas');
  assert.equal(text.slice(third!.claim[0], third!.claim[1]), 'In reality, more');
  assert.ok(r.entities.some((e) => e.type === 'media' && e.name === 'Kazinform'));
});

test('a parenthesis that is not a citation is left alone', () => {
  const r = extractRecord({ id: 't', text: 'the Majilis (lower house of parliament) agreed; riot shields (2,080)', published: '2005' });
  assert.deepEqual(r.citations, []);
});

test('web-address sources, "see" references and several sources in one parenthesis', () => {
  const r = extractRecord({ id: 't', text: 'Troops moved (www.gazeta.kz, May 5; see EDM, March 3). More (Interfax, December 28, 2005; January 3).', published: '2006' });
  assert.deepEqual(r.citations.map((c) => [c.source, c.dates]), [
    ['www.gazeta.kz', ['2006-05-05']], ['EDM', ['2006-03-03']], ['Interfax', ['2005-12-28', '2006-01-03']]]);
});
