// App: saved link-chart boards. A board is the analyst's canvas (nodes with positions, pins,
// groups, notes, hidden edges) stored whole as JSON under a short id.

import { NotFoundError, ValidationError } from '../model/index.ts';
import type { WorkbenchStore } from './review.ts';

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const MAX_JSON = 512 * 1024;

export interface SavedBoard { id: string; name: string; updatedAt: string; board: unknown }

export function listBoards(wb: WorkbenchStore): Promise<{ id: string; name: string; updatedAt: string }[]> {
  return wb.listBoards();
}

/** @throws NotFoundError when no board has this id */
export async function openBoard(wb: WorkbenchStore, id: string): Promise<SavedBoard> {
  const row = await wb.getBoard(id);
  if (!row) throw new NotFoundError('board', id);
  return { id: row.id, name: row.name, updatedAt: row.updatedAt, board: JSON.parse(row.json) as unknown };
}

/** Saves `{ name, board }` under `id`; true when it is new. @throws ValidationError on a bad id or body */
export async function saveBoard(wb: WorkbenchStore, id: string, body: unknown): Promise<boolean> {
  if (!ID.test(id)) throw new ValidationError('board id must be 1-64 letters, digits, - or _');
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof b.name !== 'string' || b.name.trim() === '' || b.name.length > 200) throw new ValidationError('name must be 1-200 characters');
  if (typeof b.board !== 'object' || b.board === null || Array.isArray(b.board)) throw new ValidationError('board must be an object');
  const json = JSON.stringify(b.board);
  if (json.length > MAX_JSON) throw new ValidationError(`board over ${MAX_JSON} bytes`);
  return wb.putBoard(id, b.name.trim(), json);
}

/** @throws NotFoundError when no board has this id */
export async function deleteBoard(wb: WorkbenchStore, id: string): Promise<void> {
  if (!(await wb.deleteBoard(id))) throw new NotFoundError('board', id);
}
