import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from './01-tokens.ts';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

test('keeps ranks, dotted acronyms, unit numbers and hyphenated names whole', () => {
  assert.deepEqual(words('Deputy Defense Minister Lt.-General Bolat Sembinov'), ['Deputy', 'Defense', 'Minister', 'Lt.-General', 'Bolat', 'Sembinov']);
  assert.deepEqual(words('U.S. Ambassador John Ordway'), ['U.S.', 'Ambassador', 'John', 'Ordway']);
  assert.deepEqual(words('military unit No. 6656'), ['military', 'unit', 'No.', '6656']);
  assert.deepEqual(words('(Interfax-Kazakhstan, October 10)'), ['(', 'Interfax-Kazakhstan', ',', 'October', '10', ')']);
});

test('keeps money and counts whole and splits possessives and contractions', () => {
  assert.deepEqual(words('1 billion tenge ($7.9 million)'), ['1', 'billion', 'tenge', '(', '$', '7.9', 'million', ')']);
  assert.deepEqual(words('light flack jackets (3,080)'), ['light', 'flack', 'jackets', '(', '3,080', ')']);
  assert.deepEqual(words('Kazakhstan’s armed forces'), ['Kazakhstan', '’s', 'armed', 'forces']);
  assert.deepEqual(words("I'm sure"), ['I', "'m", 'sure']);
});

test('offsets are UTF-16 indices into the text', () => {
  const text = '“Our work,” lamented Dzhanburchin';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('sentences do not end at abbreviations or initials, and do end at closing quotes', () => {
  const text = 'On Oct. 10 J. R. Smith met U.S. officials. He said “We will act.” Then he left.\n\nNew paragraph';
  const sentences = splitSentences(tokenize(text), text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences, ['On Oct. 10 J. R. Smith met U.S. officials.', 'He said “We will act.”', 'Then he left.', 'New paragraph']);
});
