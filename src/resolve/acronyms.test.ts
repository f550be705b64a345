import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymDefinitions, initialsOf, isAcronym } from './acronyms.ts';

test('acronym definitions in seed text are found', () => {
  const text = 'heavily reliant upon cooperation with the Russian Federal Security Service (FSB), Astana wants to ratchet up the links. The Kazakhstani peacekeeping battalion (KAZBAT) headquarters is located there.';
  const defs = acronymDefinitions(text);
  assert.equal(defs.get('FSB'), 'Russian Federal Security Service');
  assert.equal(defs.get('KAZBAT'), 'Kazakhstani peacekeeping battalion');
});

test('short-then-long definitions and initials', () => {
  assert.equal(acronymDefinitions('officers of the KNB (National Security Committee) said').get('KNB'), 'National Security Committee');
  assert.equal(initialsOf('Human Rights Watch'), 'HRW');
  assert.equal(initialsOf('Collective Security Treaty Organization'), 'CSTO');
  assert.equal(initialsOf('Interfax'), '');
  assert.ok(isAcronym('U.S.'));
  assert.ok(isAcronym('KNB'));
  assert.ok(!isAcronym('Astana'));
});
