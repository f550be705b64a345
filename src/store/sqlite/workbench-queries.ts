// SQLite workbench tables: link-chart boards (JSON documents saved by id) and the review log of
// corrections. Own connection to the store's database file, like the accounts store.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from './migrations.ts';

export interface BoardRow { id: string; name: string; json: string; updatedAt: string }
export type CorrectionOp = 'accept' | 'reject' | 'rename' | 'merge';
export interface CorrectionRow { id: number; op: CorrectionOp; entityId: string; value: string | null; createdAt: string }

interface RawBoard { id: string; name: string; json: string; updated_at: string }
interface RawCorrection { id: number; op: CorrectionOp; entity_id: string; value: string | null; created_at: string }

export class SqliteWorkbenchStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db, MIGRATIONS);
  }

  listBoards(): Omit<BoardRow, 'json'>[] {
    const rows = this.db.prepare('SELECT id, name, updated_at FROM boards ORDER BY updated_at DESC').all() as RawBoard[];
    return rows.map((r) => ({ id: r.id, name: r.name, updatedAt: r.updated_at }));
  }

  getBoard(id: string): BoardRow | null {
    const r = this.db.prepare('SELECT * FROM boards WHERE id = ?').get(id) as RawBoard | undefined;
    return r ? { id: r.id, name: r.name, json: r.json, updatedAt: r.updated_at } : null;
  }

  /** Creates or replaces; true when the board is new. */
  putBoard(id: string, name: string, json: string): boolean {
    const existed = this.getBoard(id) !== null;
    this.db.prepare(`INSERT INTO boards (id, name, json, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, json = excluded.json, updated_at = excluded.updated_at`)
      .run(id, name, json, new Date().toISOString());
    return !existed;
  }

  deleteBoard(id: string): boolean {
    return this.db.prepare('DELETE FROM boards WHERE id = ?').run(id).changes > 0;
  }

  addCorrection(op: CorrectionOp, entityId: string, value: string | null): CorrectionRow {
    const createdAt = new Date().toISOString();
    const info = this.db.prepare('INSERT INTO corrections (op, entity_id, value, created_at) VALUES (?, ?, ?, ?)')
      .run(op, entityId, value, createdAt);
    return { id: Number(info.lastInsertRowid), op, entityId, value, createdAt };
  }

  listCorrections(): CorrectionRow[] {
    const rows = this.db.prepare('SELECT * FROM corrections ORDER BY id').all() as RawCorrection[];
    return rows.map((r) => ({ id: r.id, op: r.op, entityId: r.entity_id, value: r.value, createdAt: r.created_at }));
  }

  close(): void {
    this.db.close();
  }
}
