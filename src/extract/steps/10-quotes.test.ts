import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../index.ts';

const speakerOf = (text: string) => {
  const r = extractRecord({ id: 't', text, published: '2005' });
  return r.quotes.map((q) => [r.entities.find((e) => e.id === q.speaker)?.name ?? null, q.text.slice(0, 20), q.citations.length]);
};

test('speaker after the quote, with the citation that follows', () => {
  const text = 'Kozy-Korpesh Dzhanburchin, deputy defense minister for economics and finance, confirmed rumors. “I think this is not right, because every aspect must be studied,” lamented Dzhanburchin (Kazakh TV First Channel, October 6).';
  assert.deepEqual(speakerOf(text), [['Kozy-Korpesh Dzhanburchin', 'I think this is not ', 1]]);
});

test('speaker before the quote: speech verb or colon', () => {
  assert.deepEqual(speakerOf('Deputy Defense Minister Abay Tasbulatov explained that such a reduction “is put down to the change in principles of forming the armed forces.”'),
    [['Abay Tasbulatov', 'is put down to the c', 0]]);
  assert.deepEqual(speakerOf('President Nazarbayev has offered his own view of the operation: “Why do we talk differently in different circumstances?” (Interfax, June 30).'),
    [['Nazarbayev', 'Why do we talk diffe', 1]]);
});

test('scare quotes are not quotes', () => {
  assert.deepEqual(speakerOf('authorities ended the “illegal missionary activities” of a group known as “Tablighi Jamaat.”'), []);
});

test('“...,” he said: the last person named before the quote', () => {
  assert.deepEqual(speakerOf('Interior Minister Baurzhan Mukhamedzhanov visited Shymkent. “We will not allow any disorder in the region,” he said (Khabar, May 3).'),
    [['Baurzhan Mukhamedzhanov', 'We will not allow an', 1]]);
});
