// CAMEO verb coding with the lexicon built from the PETRARCH2 dictionaries.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoRoot, codeVerb, isCameoVerb } from './cameo.ts';

test('verbs take their block code, refined by the object that follows', () => {
  assert.equal(codeVerb('arrested', 'six members of an unregistered group'), '173');
  assert.equal(codeVerb('said', 'that the talks would resume'), '010');
  assert.equal(cameoRoot(codeVerb('deployed', 'peacekeepers to the border') ?? ''), '03');
  assert.equal(cameoRoot(codeVerb('deployed', 'police') ?? ''), '15');
});

test('object words far from the verb do not change its code', () => {
  assert.equal(codeVerb('detained', 'group did not conceal his sympathy with the movement'), '173');
});

test('unknown words have no code', () => {
  assert.equal(codeVerb('flibbertigibbet', 'anything'), null);
  assert.equal(isCameoVerb('flibbertigibbet'), false);
  assert.equal(isCameoVerb('Deployed'), true);
});
