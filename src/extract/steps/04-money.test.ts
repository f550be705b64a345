import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../index.ts';

const amounts = (text: string) => extractRecord({ id: 't', text, published: '2006' }).amounts;

test('a range with its stated conversion in cents', () => {
  const [a, ...rest] = amounts('chief accountants were taking between 20 to 50 tenge (15 to 40 cents) from electronic accounts');
  assert.equal(rest.length, 0, 'the conversion is not a second amount');
  assert.deepEqual([a!.value, a!.value_max, a!.currency, a!.usd, a!.usd_max], [20, 50, 'KZT', 0.15, 0.4]);
});

test('billions with a dollar conversion, subject and date', () => {
  const [a] = amounts('Our financial inspections alone revealed financial violations totaling 1 billion tenge ($7.9 million) in 2006,');
  assert.deepEqual([a!.value, a!.currency, a!.usd, a!.subject, a!.date], [1e9, 'KZT', 7.9e6, 'financial violations', '2006']);
  assert.equal(a!.text, '1 billion tenge');
});

test('dollar amounts and other currencies', () => {
  const [a] = amounts('The United States has handed over 27 Humvee mobile vehicles worth $3.1 million.');
  assert.deepEqual([a!.value, a!.currency, a!.usd, a!.subject], [3.1e6, 'USD', 3.1e6, 'Humvee mobile vehicles']);
  assert.deepEqual(amounts('fined 500 som and 2 million rubles').map((x) => [x.value, x.currency]), [[500, 'KGS'], [2e6, 'RUB']]);
  assert.deepEqual(amounts('a budget of 30 million manat in Turkmenistan').map((x) => x.currency), ['TMT']);
});

test('the currency word may come first: "dollars 1.13bn (pounds 600m)"', () => {
  assert.deepEqual(amounts('profits jumped 76% to dollars 1.13bn (pounds 600m) for the quarter').map((x) => [x.value, x.currency]),
    [[1.13e9, 'USD'], [6e8, 'GBP']]);
});
