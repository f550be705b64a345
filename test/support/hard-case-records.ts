// Records of the hand-written resolution hard-case texts (test/fixtures/resolution/texts), with
// the entities an extractor would give: namesakes, transliterations, ministries of two countries.

import { readFileSync } from 'node:fs';
import type { ExtractionRecord } from '../../src/model/index.ts';
import { fixtureRecord, type FixtureEntity } from '../../src/resolve/fixture-records.ts';

const text = (name: string) => readFileSync(new URL(`../fixtures/resolution/texts/${name}.txt`, import.meta.url), 'utf8').trim();
const person = (id: string, name: string, ...surfaces: string[]): FixtureEntity => ({ id, type: 'person', name, surfaces: [name, ...surfaces] });
const org = (id: string, name: string, ...surfaces: string[]): FixtureEntity => ({ id, type: 'organization', name, surfaces: [name, ...surfaces] });
const place = (id: string, name: string): FixtureEntity => ({ id, type: 'place', name });

export const HARD_CASE_RECORDS: readonly ExtractionRecord[] = [
  fixtureRecord('a2005', text('akhmetov-2005'), [person('p', 'Daniyal Akhmetov', 'Akhmetov'), place('k', 'Kazakhstan'), org('i', 'Interior Ministry'), org('m', 'Majilis')], '2005-11-20'),
  fixtureRecord('a2007', text('akhmetov-2007'), [person('p', 'Daniyal Akhmetov', 'Akhmetov'), place('k', 'Kazakhstan'), org('b', 'KAZBAT'), org('d', 'Ministry of Defense'), place('i', 'Iraq')], '2007-03-12'),
  fixtureRecord('s2013', text('serik-akhmetov-2013'), [person('p', 'Serik Akhmetov', 'Akhmetov'), place('a', 'Astana'), org('e', 'Emergency Situations Ministry')], '2013-01-15'),
  fixtureRecord('r2007', text('ministries-russia-2007'), [org('d', 'Defense Ministry', 'Ministry of Defense'), place('r', 'Russia'), person('s', 'Anatoly Serdyukov')], '2007-05-20'),
  fixtureRecord('b2008', text('ministries-both-2008'), [org('d', 'Defense Ministry', 'Ministry of Defense'), place('k', 'Kazakhstan'), place('r', 'Russia')], '2008-09-02'),
  fixtureRecord('t2006', text('transliteration-2006'), [person('n', 'Nursultan Nazarbaev'), person('p', 'Daniel Akhmetov'), person('t', 'Abai Tasbulatov'), place('o', 'Oskemen'), place('k', 'Kiev')], '2006-12-05'),
  fixtureRecord('c2006', text('acronyms-2006'), [org('k', 'KNB'), org('f', 'FSB'), place('u', 'US'), place('r', 'Russia')], '2006-11-03'),
  fixtureRecord('iru', text('namesake-ivanov-russia-2006'), [person('i', 'Sergei Ivanov', 'Ivanov'), place('r', 'Russia')], '2006-04-05'),
  fixtureRecord('ikz', text('namesake-ivanov-kazakhstan-2006'), [person('i', 'Sergei Ivanov', 'Ivanov'), place('c', 'China')], '2006-06-10'),
];
