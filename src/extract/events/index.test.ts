// Event extraction on paragraphs of the seed reports (Eurasia Daily Monitor 3:191 and 2:129):
// typing, CAMEO codes, people counts, dates from the sentence or its citation, merging of mentions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTransfers } from '../transfers/index.ts';
import { fixtureContext } from '../transfers/test-context.ts';
import fc from 'fast-check';
import { extractEvents } from './index.ts';

const EKIBASTUZ = 'On October 11 in Ekibastuz, a town in Kazakhstan’s northern Pavlodar region, authorities ended the “illegal missionary activities” of six alleged members of an unregistered group known as “Tablighi Jamaat.” Members of this local religious movement allegedly attempted to engage locals in a “propaganda” conversation in the town’s central mosque. A local imam verbally reproached them, but the prosecutor’s office said the leader of the detained group did not conceal his sympathy with the Tablighi Jamaat movement. He stands accused under Article 375 of Kazakhstan’s Administrative Violations Code (Interfax-Kazakhstan, October 11).';

const EXERCISE = 'Kazakhstan has conducted military exercises in its western region.\nOn October 10 a comprehensive tactical exercise involving Aktau’s territorial defense subunits was held. The tactical exercise served as the pinnacle of mobilization exercises held for the first time in Mangistau region.';

const MAJILIS = 'As the Majilis (lower house of parliament) on June 29 finally agreed to adopt the law on reducing military service in Kazakhstan’s armed force to 12 months, there seemed tangible evidence that a gradual shift is occurring towards more professional forces.';

const NAZARBAYEV = 'President Nazarbayev has offered his own view of the operation in Andijan, Uzbekistan: “If armed people, including foreigners, seized a military unit, killed the guards, then seized a prison, and released 600 criminals, then captured weapons and seized government bodies — how should the state have acted in that situation?” (Interfax, June 30).';

test('an arrest takes its count and place from earlier in the paragraph and its date from the citation', () => {
  const ctx = fixtureContext(EKIBASTUZ, {
    entities: [{ name: 'Ekibastuz', type: 'place' }, { name: 'Pavlodar region', type: 'place' }, { name: 'Kazakhstan', type: 'place' }],
    dates: [{ text: 'October 11', value: '2006-10-11' }],
    citations: [{ text: '(Interfax-Kazakhstan, October 11)', source: 'Interfax-Kazakhstan', dates: ['2006-10-11'] }],
  });
  const events = extractEvents(ctx, []);
  assert.deepEqual(events.map((e) => e.type), ['arrest'], 'the statement framing the arrest is not an event of its own');
  const [arrest] = events;
  assert.equal(arrest?.quantity, 6);
  assert.equal(arrest.date, '2006-10-11');
  assert.equal(ctx.entities.find((e) => e.id === arrest.place)?.name, 'Ekibastuz');
  assert.equal(arrest.cameo?.slice(0, 2), '17');
  assert.deepEqual(arrest.citations, ['c1']);
  assert.match(arrest.summary, /Ekibastuz/);
});

test('mentions of one exercise merge into the dated one', () => {
  const ctx = fixtureContext(EXERCISE, {
    published: '2006-10-12',
    entities: [{ name: 'Aktau', type: 'place' }, { name: 'Kazakhstan', type: 'place' }],
    dates: [{ text: 'October 10', value: 'XXXX-10-10' }],
  });
  const events = extractEvents(ctx, []);
  assert.equal(events.length, 1);
  assert.equal(events[0]?.type, 'exercise');
  assert.equal(events[0].cameo, '150');
  assert.equal(events[0].date, '2006-10-10', 'the year comes from the publication date');
});

test('agreeing to adopt a law is legislation, not an agreement', () => {
  const ctx = fixtureContext(MAJILIS, { dates: [{ text: 'June 29', value: '2005-06-29' }], entities: [{ name: 'Majilis', type: 'organization' }] });
  const events = extractEvents(ctx, []);
  assert.deepEqual(events.map((e) => [e.type, e.date]), [['legislation', '2005-06-29']]);
  assert.deepEqual(events[0]?.actors, ['e1']);
});

test('what a speaker says happened is a statement, not a set of attacks', () => {
  const ctx = fixtureContext(NAZARBAYEV, {
    entities: [{ name: 'Nazarbayev', type: 'person' }],
    citations: [{ text: '(Interfax, June 30)', source: 'Interfax', dates: ['2005-06-30'] }],
  });
  const events = extractEvents(ctx, []);
  assert.deepEqual(events.map((e) => [e.type, e.cameo, e.date]), [['statement', '010', '2005-06-30']]);
});

test('transfers become transfer and request events; equipment names do not trigger riots', () => {
  const text = 'The military has transferred 17,000 pistols to the police. In fact, Turisbekov recently asked the Prime Minister to ensure the allocation of items to the police, including riot shields (2,080) and stun grenades (840).';
  const ctx = fixtureContext(text, {
    entities: [{ name: 'Turisbekov', type: 'person' }],
    quantities: [{ text: '17,000 pistols', value: 17000, item: 'pistols' }, { text: 'riot shields (2,080)', value: 2080, item: 'riot shields' },
      { text: 'stun grenades (840)', value: 840, item: 'stun grenades' }],
  });
  const events = extractEvents(ctx, extractTransfers(ctx));
  assert.deepEqual(events.map((e) => e.type), ['transfer', 'request']);
  assert.equal(events[0]?.cameo, '072');
  assert.equal(events[0].quantity, 17000);
  assert.match(events[0].summary, /military .*pistols.* to police/i);
});

test('odd text yields no events and no exception', () => {
  assert.deepEqual(extractEvents(fixtureContext(''), []), []);
  assert.doesNotThrow(() => extractEvents(fixtureContext('“ said said ” ( ( detained'), []));
});

test('arbitrary text never makes either extractor throw', () => {
  const words = fc.constantFrom('detained', 'the police', '17,000 pistols', '(Interfax, July 1)', '“', '”', 'said', 'asked', 'to', ' ', '.', '\n', 'exercise', 'handed over');
  fc.assert(fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), (parts) => {
    const text = parts.join(' ');
    const ctx = fixtureContext(text, { quantities: text.includes('17,000 pistols') ? [{ text: '17,000 pistols', value: 17000, item: 'pistols' }] : [] });
    const events = extractEvents(ctx, extractTransfers(ctx));
    return events.every((e) => e.span[0] <= e.span[1] && e.summary.length > 0);
  }), { numRuns: 300 });
});
