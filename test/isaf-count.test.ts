// Tests for the ISAF counting conventions (scripts/isaf-count.ts) and release reading
// (scripts/isaf-release.ts) on short releases written in the press-release style: vague words at
// their minimum, one incident per record, exact over vague, days read against the dateline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPTURE, KILL, countPeople } from '../scripts/isaf-count.ts';
import { currentSentences, incidentDate, sentences } from '../scripts/isaf-release.ts';

const captured = (...sentences: string[]): number => countPeople(sentences, CAPTURE);
const killed = (...sentences: string[]): number => countPeople(sentences, KILL);

test('vague words count at their minimum, a bare plural at two', () => {
  assert.equal(captured('The security force detained several suspected insurgents during the operation.'), 3);
  assert.equal(captured('The force detained numerous suspected insurgents in Khost province.'), 4);
  assert.equal(captured('The security force detained suspected insurgents without incident.'), 2);
  assert.equal(captured('A combined force captured a Taliban leader and several of his associates.'), 4);
});

test('a later exact number replaces the vague one it spells out', () => {
  assert.equal(captured(
    'The patrol killed an insurgent leader and detained several other insurgents during an operation.',
    'Two additional suspected insurgents were detained for further questioning.',
  ), 2);
});

test('a later sentence naming more people elaborates the lede', () => {
  assert.equal(captured(
    'An Afghan and coalition force captured a Taliban leader in Paktika province.',
    'After initial questioning, the security force detained the targeted individual along with three of his associates.',
  ), 4);
});

test('a lede summing up several operations gives way to the first operation', () => {
  assert.equal(captured(
    'Forces captured three facilitators and detained several suspected insurgents during separate operations in Khost province.',
    'In Terayzai district, a combined patrol captured a facilitator and detained one suspected insurgent.',
    'In Sabari district, the force detained four suspected insurgents.',
  ), 2);
});

test('references back and negations add nobody', () => {
  assert.equal(killed(
    'Two insurgents were killed during an operation in Musa Qala district.',
    'The security force returned fire, killing both armed individuals.',
  ), 2);
  assert.equal(killed('The force detained two suspects.', 'No civilians were killed in the operation.'), 0);
});

test('a new group beside a lone target adds to it; the target named again among them does not', () => {
  assert.equal(captured(
    'An Afghan and coalition security force captured a Taliban leader during an operation in Maiwand district today.',
    'The security force confiscated bomb-making materials and detained two suspected insurgents during the operation.',
  ), 3);
  assert.equal(captured(
    'The force captured a Haqqani sub-commander during an overnight operation in Khost province.',
    'The security force detained several insurgents including the commander.',
  ), 3);
});

test('the lede named again with additional people is not more people', () => {
  assert.equal(captured(
    'An Afghan and coalition security force detained four suspected insurgents in Paktiya province last night.',
    'After initial questioning on scene, the commander and three additional suspected insurgents were detained.',
  ), 4);
});

test('an aim is not a result; a bare number can be the passive subject', () => {
  assert.equal(captured(
    'A security force conducted an operation to detain a Taliban leader in Zharay district today.',
    'The security force detained two suspected insurgents during this operation.',
  ), 2);
  assert.equal(captured('Weapons were seized in addition to detaining multiple suspected insurgents.'), 3);
  assert.equal(killed('During the operation, several suspected insurgents were detained and two were killed.'), 2);
});

test('long group names, the present tense, and a clause of seizures that ends the group', () => {
  assert.equal(captured('After questioning, the force apprehended several suspected Islamic Movement of Uzbekistan insurgents.'), 3);
  assert.equal(captured('A combined force capture a Taliban financier and numerous suspected insurgents in Daman district.'), 5);
  assert.equal(captured('The force detained numerous suspected insurgents and destroyed a Taliban weapons cache in Logar province.'), 4);
});

test('deaths are a kill cue, but deaths a target is responsible for are his past, not this incident', () => {
  assert.equal(killed('Coalition air support engaged the firing positions.', 'The final engagement resulted in ten insurgent deaths.'), 10);
  assert.equal(killed(
    'A Taliban commander was confirmed killed today in Chak district.',
    'He is believed to be responsible for the deaths of several Afghan civilians.',
  ), 1);
});

test('a passage recalling an earlier month is not the incident', () => {
  const text = 'KABUL, Afghanistan (July 31, 2010) - An Afghan-led force detained several suspected insurgents yesterday. '
    + 'In June, insurgents engaged the assault force during a similar operation. The assault force responded killing more than 30 insurgents. '
    + 'On July 30 the force also seized weapons.';
  const kept = currentSentences(sentences(text.slice(text.indexOf(')') + 1).trim()), text);
  assert.equal(kept.length, 2);
  assert.equal(killed(...kept), 0);
  assert.equal(captured(...kept), 3);
});

test('the incident day is read against the dateline, the most specific day of the first sentence naming one', () => {
  assert.equal(incidentDate('KABUL, Afghanistan (Feb. 9, 2011) Yesterday in Darah-ye Pech district, forces killed several insurgents.'), '2011-02-08');
  // 2012-02-05 was a Sunday: "Friday" is two days before.
  assert.equal(incidentDate('KABUL, Afghanistan (Feb. 5, 2012) The force confirmed today a leader was captured Friday.'), '2012-02-03');
  assert.equal(incidentDate('KABUL, Afghanistan (March 17, 2011) ISAF killed 30 insurgents in Helmand province during the past two days.'), '2011-03-15');
  assert.equal(incidentDate('KABUL, Afghanistan (Jan. 2, 2011) A leader was detained Dec. 30 in Khost.'), '2010-12-30');
  assert.equal(incidentDate('KABUL, Afghanistan (Jan. 28) The force captured a leader today.'), null);
});

test('what forces did recently is the campaign, not the incident', () => {
  assert.equal(killed(
    'Afghan and coalition forces detained a Taliban facilitator in Qalat district yesterday.',
    'Security forces have conducted a number of operations in Zabul province recently and captured or killed a large number of insurgents.',
  ), 0);
});

test('the lede told again in its own words, and a number before a passive, count once', () => {
  assert.equal(killed(
    'The security force killed the Taliban commander Fayez Jan and one additional insurgent during an operation.',
    'The security force returned fire, killing Fayez Jan and one additional insurgent.',
  ), 2);
  assert.equal(captured(
    'The patrol killed two insurgents and wounded two suspected insurgents.',
    'The two wounded were detained by Afghan Security Forces for medical care.',
  ), 2);
});
