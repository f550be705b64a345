import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureRecord } from './fixture-records.ts';
import { membersOf } from './within-document.ts';

const SEED_000 = 'Kozy-Korpesh Dzhanburchin, deputy defense minister for economics and finance, confirmed rumors that some of these accountants were stealing money. “Our financial inspections alone revealed financial violations totaling 1 billion tenge ($7.9 million) in 2006,” lamented Dzhanburchin (Kazakh TV First Channel, October 6).';

test('a surname-only mention joins the full name (seed 000)', () => {
  const record = fixtureRecord('000', SEED_000, [
    { id: 'e1', type: 'person', name: 'Kozy-Korpesh Dzhanburchin' },
    { id: 'e2', type: 'person', name: 'Dzhanburchin' },
  ]);
  const members = membersOf(record);
  assert.equal(members.length, 1);
  assert.equal(members[0]?.name, 'Kozy-Korpesh Dzhanburchin');
  assert.deepEqual(members[0]?.entityIds, ['e1', 'e2']);
  assert.equal(members[0]?.mentions.length, 2);
});

test('a given name alone joins its full name, but not a kunya ("Omar Abu Anas" is not "Anas")', () => {
  const text = '"We pray for it," says Omar Abu Anas, a former engineering student. "It survived," says Anas Ahmad, a former civil engineering student. Anas says it helps. For now though, Omar says the library is helping.';
  const members = membersOf(fixtureRecord('bbc', text, [
    { id: 'a', type: 'person', name: 'Omar Abu Anas' },
    { id: 'b', type: 'person', name: 'Anas Ahmad' },
    { id: 'c', type: 'person', name: 'Anas', },
    { id: 'd', type: 'person', name: 'Omar', },
  ]));
  const byId = (id: string) => members.find((m) => m.entityIds.includes(id))?.key;
  assert.equal(members.length, 2);
  assert.equal(byId('c'), byId('b'));
  assert.equal(byId('d'), byId('a'));
});

test('an acronym the text defines joins its long form; titles are dropped from names', () => {
  const text = 'Astana relies on cooperation with the Russian Federal Security Service (FSB). The FSB trains officers. U.S. Ambassador John Ordway attended.';
  const members = membersOf(fixtureRecord('003', text, [
    { id: 'o1', type: 'organization', name: 'Federal Security Service' },
    { id: 'o2', type: 'organization', name: 'FSB' },
    { id: 'p1', type: 'person', name: 'U.S. Ambassador John Ordway' },
  ]));
  const fsb = members.find((m) => m.entityIds.includes('o2'));
  assert.deepEqual(fsb?.entityIds, ['o1', 'o2']);
  assert.equal(fsb?.country, 'RU');
  const ordway = members.find((m) => m.entityIds.includes('p1'));
  assert.equal(ordway?.name, 'John Ordway');
  assert.equal(ordway?.country, 'US');
});

test('one "Defense Ministry" entity naming two countries is split by the context of each mention', () => {
  const text = 'Kazakhstan’s Defense Ministry signed a deal. Russia’s Defense Ministry said it would deliver. Later the Defense Ministry of Kazakhstan paid. Kazakhstan was pleased.';
  const members = membersOf(fixtureRecord('two', text, [{ id: 'm', type: 'organization', name: 'Defense Ministry' }]));
  assert.equal(members.length, 2);
  const countries = members.map((m) => m.country).sort();
  assert.deepEqual(countries, ['KZ', 'RU']);
  assert.notEqual(members[0]?.key, members[1]?.key);
});

test('a title-only mention joins the one person holding that title', () => {
  const text = 'Prime Minister Daniyal Akhmetov met donors. The Prime Minister said reforms would continue.';
  const members = membersOf(fixtureRecord('pm', text, [
    { id: 'p', type: 'person', name: 'Daniyal Akhmetov', roles: [{ title: 'prime minister', organization: null, as_of: null }] },
    { id: 't', type: 'person', name: 'Prime Minister', surfaces: ['The Prime Minister'] },
  ]));
  assert.equal(members.length, 1);
  assert.deepEqual(members[0]?.entityIds, ['p', 't']);
});

test('a name typed a person in most sentences and a place in one is one member, of the majority type', () => {
  const text = 'This is a story of Karim and Sadiq. Karim replied. Karim called it Immortal Spirits. Karim symbolises a country. Sadiq told Karim proudly.';
  const record = fixtureRecord('bbc', text, [{ id: 'p', type: 'person', name: 'Karim' }, { id: 's', type: 'person', name: 'Sadiq' }]);
  const karim = record.entities[0];
  assert.ok(karim);
  const moved = karim.mentions.splice(3, 1);
  record.entities.push({ id: 'x', type: 'place', name: 'Karim', aliases: [], mentions: moved });
  const members = membersOf(record);
  const m = members.find((x) => x.entityIds.includes('x'));
  assert.equal(m?.type, 'person');
  assert.deepEqual(m?.entityIds.sort(), ['p', 'x']);
  assert.equal(m?.mentions.length, 5);
});

test('the town filed under its district by the extractor becomes its own member (re3d DFAT)', () => {
  const text = 'The area of Mosul district, Ninewa province in Iraq, has been declared a designated area. The city of Mosul is the largest city controlled by Daesh in Iraq.';
  const members = membersOf(fixtureRecord('dfat', text, [{ id: 'd', type: 'place', name: 'Mosul district', surfaces: ['Mosul district', 'Mosul'] }]));
  assert.deepEqual(members.map((m) => [m.name, m.mentions.length]).sort(), [['Mosul district', 1], ['Mosul', 1]]);
});

test('an adjectival use of the region name stays with the region (seed 000)', () => {
  const text = 'Mobilization exercises were held for the first time in Mangistau region. Participation was diverse: the Mangistau regional Interior Ministry’s special-purpose platoon.';
  const members = membersOf(fixtureRecord('000', text, [{ id: 'm', type: 'place', name: 'Mangistau region', surfaces: ['Mangistau region', 'Mangistau'] }]));
  assert.equal(members.length, 1);
  assert.equal(members[0]?.mentions.length, 2);
});

test('an acronym alias the extractor gave no span for gets its mentions (seed 000)', () => {
  const text = 'heavily reliant upon cooperation with the Russian Federal Security Service (FSB), Astana wants closer links.';
  const record = fixtureRecord('000', text, [{ id: 'f', type: 'organization', name: 'Russian Federal Security Service' }]);
  record.entities[0]?.aliases.push('FSB');
  const [member] = membersOf(record);
  assert.deepEqual(member?.mentions.map(([a, b]) => text.slice(a, b)), ['Russian Federal Security Service', 'FSB']);
});
