// Exports of the two seed articles, each read back with a parser that is not ours: fast-xml-parser
// for GEXF and GraphML, JSON.parse with structural checks for GeoJSON, JSON lines and
// FollowTheMoney, and a plain RFC 4180 reader for CSV.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { exportChunks, exportToFile, readExportRequest } from '../src/app/exports.ts';
import type { ExportFormat, ExportKind } from '../src/app/exports.ts';
import { csvCell } from '../src/app/export/csv.ts';
import { PAGE_SIZE, pages } from '../src/app/export/records.ts';
import { createStore } from '../src/store/index.ts';
import type { Store } from '../src/model/index.ts';
import { loadSeeds } from './support/seed-records.ts';

/** RFC 4180: quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += ch;
  }
  assert.equal(quoted, false, 'unterminated quoted field');
  assert.equal(cell + row.join(''), '', 'last line lacks CRLF');
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'lantern-export-'));
let store: Store;

async function exported(kind: ExportKind, format: ExportFormat): Promise<string> {
  const path = join(dir, `${kind}.${format}`);
  const bytes = await exportToFile(store, kind, format, path);
  const text = readFileSync(path, 'utf8');
  assert.equal(Buffer.byteLength(text), bytes);
  return text;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'attvalue', 'data'].includes(name) });

describe('exports of the seeds', () => {
  before(async () => {
    store = createStore({ kind: 'sqlite', path: join(dir, 'x.db') });
    for (const { doc, record } of loadSeeds()) await store.saveDocument(doc, record);
  });
  after(() => store.close());

  test('transfers CSV lists the Humvees with parties, count and value', async () => {
    const rows = parseCsv(await exported('transfers', 'csv'));
    const header = rows[0] ?? [];
    assert.deepEqual(header.slice(0, 5), ['id', 'document', 'supplier', 'recipient', 'items']);
    const humvee = rows.find((r) => /Humvee/u.test(r[4] ?? ''));
    assert.ok(humvee, 'a Humvee row');
    assert.equal(humvee[header.indexOf('supplier')], 'United States');
    assert.equal(humvee[header.indexOf('recipient')], 'Kazakhstan');
    assert.match(humvee[4] ?? '', /^27 /u);
    assert.ok(rows.every((r) => r.length === header.length));
  });

  test('GEXF is well-formed and every edge joins two listed nodes', async () => {
    const text = await exported('graph', 'gexf');
    assert.equal(XMLValidator.validate(text), true);
    const graph = xml.parse(text).gexf.graph;
    const ids = new Set((graph.nodes.node as { '@id': string }[]).map((n) => n['@id']));
    assert.ok(ids.has('person:nursultan-nazarbayev'));
    const edges = graph.edges.edge as { '@source': string; '@target': string; attvalues: { attvalue: { '@value': string }[] } }[];
    assert.ok(edges.length > 0);
    for (const e of edges) assert.ok(ids.has(e['@source']) && ids.has(e['@target']), `${e['@source']} -> ${e['@target']}`);
    const kinds = new Set(edges.map((e) => e.attvalues.attvalue[0]?.['@value']));
    assert.ok(kinds.has('co-occurs') && kinds.has('transferred-to'), [...kinds].join(','));
  });

  test('GraphML is well-formed with keys declared for every data element', async () => {
    const text = await exported('graph', 'graphml');
    assert.equal(XMLValidator.validate(text), true);
    const doc = xml.parse(text).graphml;
    const keys = new Set((doc.key as { '@id': string }[]).map((k) => k['@id']));
    const nodes = doc.graph.node as { '@id': string; data: { '@key': string }[] }[];
    const edges = doc.graph.edge as { '@source': string; '@target': string; data: { '@key': string }[] }[];
    const ids = new Set(nodes.map((n) => n['@id']));
    for (const item of [...nodes, ...edges]) for (const d of item.data) assert.ok(keys.has(d['@key']));
    for (const e of edges) assert.ok(ids.has(e['@source']) && ids.has(e['@target']));
  });

  test('places GeoJSON: points in longitude, latitude order', async () => {
    const fc = JSON.parse(await exported('places', 'geojson')) as { type: string; features: { geometry: { type: string; coordinates: number[] }; properties: { name: string } }[] };
    assert.equal(fc.type, 'FeatureCollection');
    const aktau = fc.features.find((f) => f.properties.name === 'Aktau');
    assert.ok(aktau);
    const [lon = 0, lat = 0] = aktau.geometry.coordinates;
    assert.ok(lon > 50 && lon < 52 && lat > 43 && lat < 44, `${lon},${lat}`);
  });

  test('events GeoJSON and ACLED CSV carry the exercise in Aktau', async () => {
    const fc = JSON.parse(await exported('events', 'geojson')) as { features: { properties: { type: string; place: string } }[] };
    assert.ok(fc.features.some((f) => f.properties.type === 'exercise'));
    const rows = parseCsv(await exported('events', 'acled'));
    assert.deepEqual(rows[0], ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location', 'latitude', 'longitude', 'source', 'notes', 'fatalities']);
    assert.ok(rows.some((r) => r[6] === 'Aktau' && r[5] === 'Kazakhstan'));
  });

  test('FollowTheMoney lines have id, schema and string-array properties', async () => {
    const lines = (await exported('entities', 'ftm')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, unknown> });
    assert.ok(lines.some((e) => e.schema === 'Person' && (e.properties.name as string[]).includes('Nursultan Nazarbayev')));
    assert.ok(lines.some((e) => e.schema === 'PublicBody'));
    for (const e of lines) {
      assert.ok(e.id && ['Person', 'Organization', 'PublicBody', 'Address'].includes(e.schema));
      for (const v of Object.values(e.properties)) assert.ok(Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string'));
    }
  });

  test('JSON lines and CSV agree on the number of events and amounts', async () => {
    for (const kind of ['events', 'amounts', 'entities'] as const) {
      const csvRows = parseCsv(await exported(kind, 'csv')).length - 1;
      const jsonRows = (await exported(kind, 'jsonl')).trim().split('\n').map((l) => JSON.parse(l) as unknown).length;
      assert.equal(csvRows, jsonRows, kind);
      assert.ok(jsonRows > 0, kind);
    }
  });

  test('the stream yields a chunk per row, not one string', async () => {
    let chunks = 0;
    for await (const _ of exportChunks(store, 'entities', 'jsonl')) chunks++;
    assert.ok(chunks > 10);
  });
});

test('CSV cells: RFC 4180 quoting and no formulas', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "no"'), '"say ""no"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell(null), '');
});

test('unknown kinds and formats are validation errors', () => {
  assert.throws(() => readExportRequest('people', 'csv'), { code: 'validation' });
  assert.throws(() => readExportRequest('graph', 'csv'), { code: 'validation' });
  assert.deepEqual(readExportRequest('places', undefined), { kind: 'places', format: 'geojson' });
});

test('listings are walked page by page to the end, with no cap', async () => {
  const all = Array.from({ length: PAGE_SIZE * 2 + 17 }, (_, i) => i);
  const asked: number[] = [];
  const seen: number[] = [];
  for await (const n of pages(async ({ limit = 50, offset = 0 }) => {
    asked.push(offset);
    return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
  })) seen.push(n);
  assert.deepEqual(seen, all);
  assert.deepEqual(asked, [0, PAGE_SIZE, PAGE_SIZE * 2]);
});
