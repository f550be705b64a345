// App: reading reference datasets: an RFC 4180 CSV reader (quoted fields with commas, doubled
// quotes and line breaks) and the SIPRI / ACLED rows as reference records for the monitoring store.

import { createHash } from 'node:crypto';
import { ValidationError } from '../model/index.ts';
import type { ReferenceInput } from '../store/sqlite/monitor-queries.ts';

/** All rows of a CSV text, the header included. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/u, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

// SIPRI's header repeats a blank name for its uncertainty flags; columns are read by position.
const SIPRI_COLUMNS = ['recipient', 'supplier', 'orderYear', 'orderYearUncertain', 'ordered', 'orderedUncertain', 'designation', 'description', 'delivered', 'deliveredUncertain', 'deliveryYears', 'status', 'comments', 'tivUnit', 'tivOrder', 'tivDelivered'];
const MONTHS: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

const key = (cells: readonly string[]) => createHash('sha256').update(cells.join('\u0001')).digest('hex').slice(0, 16);
const orNull = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : null);

function checkHeader(header: readonly string[] | undefined, first: string, dataset: string): void {
  if (header?.[0]?.replace(/^\uFEFF/u, '').trim() !== first) throw new ValidationError(`not a ${dataset} CSV: the first column should be '${first}'`);
}

export function sipriReferences(text: string): ReferenceInput[] {
  const [header, ...rows] = parseCsv(text);
  checkHeader(header, 'Recipient', 'SIPRI trade register');
  return rows.filter((r) => r.length >= 12).map((cells) => {
    const row = Object.fromEntries(SIPRI_COLUMNS.map((c, i) => [c, cells[i] ?? '']));
    const year = Number.parseInt(row.orderYear ?? '', 10);
    return {
      dataset: 'sipri', rowKey: key(cells), supplier: orNull(row.supplier), recipient: orNull(row.recipient),
      item: [row.designation, row.description].filter(Boolean).join(' | ') || null, year: Number.isFinite(year) ? year : null,
      date: null, actor: null, place: null, row,
    };
  });
}

/** ACLED dates as exported ("9-May-20") or ISO → "2020-05-09". */
export function acledDate(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return value;
  const m = /^(\d{1,2})[- ]([A-Za-z]{3})[a-z]*[- ](\d{2}|\d{4})$/u.exec(value.trim());
  const month = m?.[2] ? MONTHS[m[2].toLowerCase()] : undefined;
  if (!m?.[1] || !m[3] || !month) return null;
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${month}-${m[1].padStart(2, '0')}`;
}

export function acledReferences(text: string): ReferenceInput[] {
  const [header, ...rows] = parseCsv(text);
  if (!header?.includes('event_id_cnty')) throw new ValidationError("not an ACLED CSV: no 'event_id_cnty' column");
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])))
    // ACLED exports can end in a truncated row; a row without a region is not complete.
    .filter((row) => (row.region ?? '') !== '' && (row.event_id_cnty ?? '') !== '')
    .map((row) => {
      const date = acledDate(row.event_date ?? '');
      return {
        dataset: 'acled', rowKey: row.event_id_cnty ?? '', supplier: null, recipient: null, item: null,
        year: date ? Number(date.slice(0, 4)) : null, date, actor: [row.actor1, row.assoc_actor_1, row.actor2, row.assoc_actor_2].filter(Boolean).join(' | ') || null,
        place: orNull(row.location), row,
      } satisfies ReferenceInput;
    });
}
