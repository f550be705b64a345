// Key facts of the two seed reports as extracted end to end (ingest cleaning + extractRecord).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDocument } from '../src/ingest/index.ts';
import { extractRecord } from '../src/extract/index.ts';
import type { Entity, ExtractionRecord } from '../src/model/index.ts';

function seed(id: string): ExtractionRecord {
  const path = new URL(`../../shared/seeds/${id}.txt`, import.meta.url);
  return extractRecord(buildDocument({ id, source: path.pathname, format: 'text', text: readFileSync(path, 'utf8') }));
}
const named = (r: ExtractionRecord, name: string): Entity | undefined => r.entities.find((e) => e.name === name || e.aliases.includes(name));
const spanText = (r: ExtractionRecord, [a, b]: [number, number]): string => r.document.text.slice(a, b);

test('seed 000 (EDM 3/191): people, bodies, units, places, money, citations, quote', () => {
  const r = seed('000_84172de54e6bc5e0');
  const dz = named(r, 'Kozy-Korpesh Dzhanburchin');
  assert.equal(dz?.type, 'person');
  assert.ok(dz?.aliases.includes('Dzhanburchin'));
  assert.ok(dz?.roles?.some((x) => x.title === 'deputy defense minister'));
  assert.ok(named(r, 'Nursultan Nazarbayev')?.roles?.some((x) => x.title === 'president'));
  assert.ok(named(r, 'Ministry of Defense')?.aliases.includes('Defense Ministry'));
  assert.equal(named(r, 'military unit No. 6656')?.parent, named(r, 'Interior Ministry Troops')?.id);
  assert.equal(named(r, 'Tablighi Jamaat')?.type, 'group');
  assert.equal(named(r, 'Ekibastuz')?.country, 'KZ');
  assert.equal(named(r, 'Mangistau region')?.type, 'place');
  const [petty, big] = r.amounts;
  assert.deepEqual([petty?.value, petty?.value_max, petty?.currency, petty?.usd, petty?.usd_max], [20, 50, 'KZT', 0.15, 0.4]);
  assert.deepEqual([big?.value, big?.currency, big?.usd, big?.subject], [1e9, 'KZT', 7.9e6, 'financial violations']);
  assert.deepEqual(r.citations.map((c) => `${c.source} ${c.dates.join(',')}`), [
    'Kazinform 2006-10-10', 'Kazakh TV First Channel 2006-10-06', 'Interfax-Kazakhstan 2006-10-10',
    'Interfax-Kazakhstan 2006-10-11', 'Kazinform 2006-10-11']);
  assert.equal(named(r, 'Kazinform')?.type, 'media');
  assert.equal(r.quotes.length, 1);
  assert.equal(r.quotes[0]!.speaker, dz?.id);
  assert.ok(r.quotes[0]!.text.startsWith('Our work in the economic and financial sphere'));
  assert.ok(r.dates.some((d) => d.value === '2006-10-10' && spanText(r, d.span) === 'October 10'));
  assert.deepEqual(r.warnings, []);
});

test('seed 003 (EDM 2/129): titled people, equipment counts, dollar value, quotes', () => {
  const r = seed('003_c674a82b06f24ef4');
  const roles = (n: string): string[] | undefined => named(r, n)?.roles?.map((x) => x.title);
  assert.ok(roles('Zautbek Turisbekov')?.includes('interior minister'));
  assert.ok(roles('Daniyal Akhmetov')?.includes('prime minister'));
  assert.ok(roles('John Ordway')?.includes('ambassador'));
  assert.ok(roles('Bolat Sembinov')?.includes('deputy defense minister'));
  assert.ok(roles('Bolat Sembinov')?.includes('lt.-general'));
  assert.ok(!r.entities.some((e) => e.type === 'person' && /President|Minister|Ambassador/.test(e.name)));
  assert.equal(named(r, 'Kapshagai')?.country, 'KZ');
  assert.equal(named(r, 'KAZBAT')?.type, 'organization');
  assert.equal(named(r, 'Majilis')?.type, 'organization');
  assert.deepEqual(r.amounts.map((a) => [a.value, a.currency]), [[3.1e6, 'USD']]);
  assert.deepEqual(r.quantities?.slice(0, 3).map((q) => [q.value, q.item]), [[17000, 'pistols'], [2500, 'automatic weapons'], [30, 'machine guns']]);
  assert.ok(r.quantities?.some((q) => q.value === 27 && q.item.startsWith('Humvee')));
  assert.deepEqual(r.citations.find((c) => c.source === 'Interfax')?.dates, ['2005-07-01', '2005-07-04']);
  const speakers = r.quotes.map((q) => r.entities.find((e) => e.id === q.speaker)?.name);
  assert.deepEqual(speakers, ['Abay Tasbulatov', 'Nursultan Nazarbayev']);
});
