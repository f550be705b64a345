// The workbench store contract: saved link-chart boards and the log of review corrections.
// SQLite and PostgreSQL implement it.

import type { TableCopy } from './account-store.ts';

export interface BoardRow { id: string; name: string; json: string; updatedAt: string }
export type CorrectionOp = 'accept' | 'reject' | 'rename' | 'merge';
export interface CorrectionRow { id: number; op: CorrectionOp; entityId: string; value: string | null; createdAt: string }

export interface WorkbenchDump { boards: BoardRow[]; corrections: CorrectionRow[] }

export interface WorkbenchStore {
  /** Most recently saved first. */
  listBoards(): Promise<Omit<BoardRow, 'json'>[]>;
  getBoard(id: string): Promise<BoardRow | null>;
  /** Creates or replaces; true when the board is new. */
  putBoard(id: string, name: string, json: string): Promise<boolean>;
  deleteBoard(id: string): Promise<boolean>;
  addCorrection(op: CorrectionOp, entityId: string, value: string | null): Promise<CorrectionRow>;
  /** In the order they were made (id order), which is the order they apply in. */
  listCorrections(): Promise<CorrectionRow[]>;
  exportAll(): Promise<WorkbenchDump>;
  /**
   * Boards by id (a newer updatedAt replaces the target's), corrections by (op, entity, value,
   * createdAt) appended in source order. Running it twice adds nothing.
   */
  importAll(dump: WorkbenchDump): Promise<{ boards: TableCopy; corrections: TableCopy }>;
  close(): Promise<void>;
}
