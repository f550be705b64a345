import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../index.ts';

const entities = (text: string) => extractRecord({ id: 't', text, published: '2005-07' }).entities;

test('titles are roles, not part of the name; the qualifier before a title is its own entity', () => {
  const es = entities('On July 1 U.S. Ambassador John Ordway attended a handover with Kazakhstan’s Deputy Defense Minister Lt.-General Bolat Sembinov. Ordway singled out Kazakhstan.');
  const ordway = es.find((e) => e.name === 'John Ordway');
  assert.deepEqual(ordway?.roles?.map((r) => r.title), ['ambassador']);
  assert.deepEqual(ordway?.aliases, ['Ordway']);
  assert.equal(ordway?.country, 'US');
  const sembinov = es.find((e) => e.name === 'Bolat Sembinov');
  assert.deepEqual(sembinov?.roles?.map((r) => [r.title, r.as_of]), [['deputy defense minister', '2005-07'], ['lt.-general', '2005-07']]);
  assert.ok(es.some((e) => e.type === 'place' && e.name === 'United States' && e.aliases.includes('U.S.')) || es.some((e) => e.type === 'place' && e.name === 'U.S.'));
});

test('surnames join the full name; demonyms are not entities; organizations by head word', () => {
  const es = entities('Kazakh President Nazarbayev spoke. The regime of President Nursultan Nazarbayev and the Ministry of Defense, also called the Defense Ministry, and the Russian Federal Security Service (FSB) met.');
  assert.deepEqual(es.filter((e) => e.type === 'person').map((e) => [e.name, e.aliases]), [['Nursultan Nazarbayev', ['Nazarbayev']]]);
  assert.ok(!es.some((e) => e.name === 'Kazakh'));
  const mod = es.find((e) => e.name === 'Ministry of Defense');
  assert.deepEqual(mod?.aliases, ['Defense Ministry']);
  assert.deepEqual(es.find((e) => e.name === 'Russian Federal Security Service')?.aliases, ['FSB']);
});

test('places are geocoded with renamed-city aliases and regions; movements are groups', () => {
  const es = entities('Ust-Kamenogorsk, the administrative center of East Kazakhstan region, and Astana and Kapshagai (Almaty Region). Members of an unregistered group known as “Tablighi Jamaat” were held.');
  const astana = es.find((e) => e.name === 'Astana');
  assert.equal(astana?.country, 'KZ');
  assert.ok(Math.abs(astana!.lat! - 51.17) < 0.1 && Math.abs(astana!.lon! - 71.45) < 0.1);
  assert.ok(Math.abs(es.find((e) => e.name === 'Kapshagai')!.lat! - 43.87) < 0.1);
  assert.equal(es.find((e) => e.name === 'East Kazakhstan region')?.type, 'place');
  assert.equal(es.find((e) => e.name === 'Almaty Region')?.type, 'place');
  assert.equal(es.find((e) => e.name === 'Tablighi Jamaat')?.type, 'group');
});

test('lowercase titles before or after a name are roles', () => {
  const es = entities('He met defense minister Mukhtar Altynbayev and Ismail Isakov, the deputy prime minister, in Bishkek.');
  assert.deepEqual(es.find((e) => e.name === 'Mukhtar Altynbayev')?.roles?.map((r) => r.title), ['defense minister']);
  assert.deepEqual(es.find((e) => e.name === 'Ismail Isakov')?.roles?.map((r) => r.title), ['deputy prime minister']);
});

test('movements are groups by context words, and name particles keep names whole', () => {
  const es = entities('Six members of an unregistered group known as “Sufi Order” were held. He praised the Nurdzhular movement and Hizb ut-Tahrir.');
  assert.equal(es.find((e) => e.name === 'Sufi Order')?.type, 'group');
  assert.equal(es.find((e) => e.name === 'Nurdzhular')?.type, 'group');
  assert.equal(es.find((e) => e.name === 'Hizb ut-Tahrir')?.type, 'group');
});

test('whole titles are not split into a rank; post-nominals are not surnames', () => {
  const es = entities('Attorney General Lord Goldsmith met Ian MacDonald QC. MacDonald resigned.');
  assert.deepEqual(es.find((e) => e.name.endsWith('Goldsmith'))?.roles?.map((r) => r.title), ['attorney general']);
  // The post-nominal may stay in the name or not; the surname mention must join the person either way.
  const macdonald = es.filter((e) => e.name.includes('MacDonald'));
  assert.equal(macdonald.length, 1);
  assert.match(macdonald[0]!.name, /^Ian MacDonald( QC)?$/);
  assert.deepEqual(macdonald[0]!.aliases, ['MacDonald']);
  assert.ok(!es.some((e) => e.name === 'QC'));
});

test('a surname used as a modifier is still the person', () => {
  const es = entities('President Nursultan Nazarbayev spoke. The Nazarbayev family stays in power.');
  assert.deepEqual(es.filter((e) => e.name.includes('Nazarbayev')).map((e) => [e.type, e.name, e.mentions.length]), [['person', 'Nursultan Nazarbayev', 2]]);
});
