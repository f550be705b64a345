import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldName, isTitleOnly, stripTitles, transliterationKey } from './normalize.ts';
import { countryOfName, countryOfWord, dominantCountry, splitCountryQualifier } from './countries.ts';
import { knownAlias, ministryKind } from './alias-index.ts';

test('foldName folds case, accents, a leading "the" and possessives', () => {
  assert.equal(foldName('the Ministry of Defense’s'), 'ministry of defense');
  assert.equal(foldName('Öskemen'), 'oskemen');
  assert.equal(foldName('Kozy-Korpesh Dzhanburchin'), 'kozy korpesh dzhanburchin');
});

test('transliteration variants share one key', () => {
  const same = [
    ['Nazarbayev', 'Nazarbaev'], ['Daniyal Akhmetov', 'Daniel Akhmetov'], ['Abay Tasbulatov', 'Abai Tasbulatov'],
    ['Dzhanburchin', 'Janburchin'], ['Dmitriy', 'Dmitry'], ['Dmitri', 'Dmitry'], ['al-Raqqa', 'Raqqa'], ['Al-Qaeda', 'al-Kaida'],
  ];
  for (const [a, b] of same) assert.equal(transliterationKey(a ?? ''), transliterationKey(b ?? ''), `${a} vs ${b}`);
  assert.notEqual(transliterationKey('Sembinov'), transliterationKey('Tasbulatov'));
  assert.notEqual(transliterationKey('Omar'), transliterationKey('Amjad'));
});

test('titles and ranks are removed from person names', () => {
  assert.equal(stripTitles('Lt.-General Bolat Sembinov'), 'Bolat Sembinov');
  assert.equal(stripTitles('Deputy Defense Minister Abay Tasbulatov'), 'Abay Tasbulatov');
  assert.equal(stripTitles('President Nursultan Nazarbayev'), 'Nursultan Nazarbayev');
  assert.equal(stripTitles('Mr Alzoubi'), 'Alzoubi');
  assert.equal(stripTitles('President'), 'President');
  assert.ok(isTitleOnly('the President'));
  assert.ok(!isTitleOnly('Nazarbayev'));
});

test('US, U.S. and United States are one country; demonyms map to their country', () => {
  assert.equal(countryOfName('US'), 'US');
  assert.equal(countryOfName('U.S.'), 'US');
  assert.equal(countryOfName('the United States'), 'US');
  assert.equal(countryOfWord('Kazakhstani'), 'KZ');
  assert.equal(countryOfWord('Kazakh'), 'KZ');
  assert.equal(knownAlias('U.S.')?.id, knownAlias('United States')?.id);
});

test('country qualifiers and generic ministries are recognised', () => {
  assert.deepEqual(splitCountryQualifier('Russian Defense Ministry'), { country: 'RU', rest: 'Defense Ministry' });
  assert.deepEqual(splitCountryQualifier('Kazakhstan’s Ministry of Defense'), { country: 'KZ', rest: 'Ministry of Defense' });
  assert.deepEqual(splitCountryQualifier('Ministry of Defense of Kazakhstan'), { country: 'KZ', rest: 'Ministry of Defense' });
  assert.equal(ministryKind('Ministry of Defense'), 'defense');
  assert.equal(ministryKind('Defence Ministry'), 'defense');
  assert.equal(ministryKind('Interior Ministry'), 'interior');
  assert.equal(ministryKind('National Security Committee'), null);
});

test('listed aliases: KNB is the National Security Committee, Oskemen is Ust-Kamenogorsk, Kiev is Kyiv', () => {
  assert.equal(knownAlias('KNB')?.id, knownAlias('National Security Committee')?.id);
  assert.equal(knownAlias('FSB')?.id, knownAlias('Federal Security Service')?.id);
  assert.equal(knownAlias('Oskemen')?.id, knownAlias('Ust-Kamenogorsk')?.id);
  assert.equal(knownAlias('Kiev')?.id, knownAlias('Kyiv')?.id);
  assert.notEqual(knownAlias('KNB')?.id, knownAlias('FSB')?.id);
});

test('the dominant country of a seed paragraph is Kazakhstan', () => {
  const text = 'Kazakhstan has conducted military exercises in its western region. These exercises, though showing practical progress for Kazakhstan’s armed forces, were held near Russia.';
  assert.equal(dominantCountry(text), 'KZ');
  assert.equal(dominantCountry('Nothing here.'), null);
});
