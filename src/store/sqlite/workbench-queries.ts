// SQLite workbench tables: link-chart boards (JSON documents saved by id) and the review log of
// corrections. Own connection to the store's database file, like the accounts store.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { TableCopy } from '../../model/account-store.ts';
import type { BoardRow, CorrectionOp, CorrectionRow, WorkbenchDump, WorkbenchStore } from '../../model/workbench-store.ts';
import { count } from './account-queries.ts';
import { MIGRATIONS, migrate } from './migrations.ts';

export type { BoardRow, CorrectionOp, CorrectionRow };

interface RawBoard { id: string; name: string; json: string; updated_at: string }
interface RawCorrection { id: number; op: CorrectionOp; entity_id: string; value: string | null; created_at: string }

const boardOf = (r: RawBoard): BoardRow => ({ id: r.id, name: r.name, json: r.json, updatedAt: r.updated_at });
const correctionOf = (r: RawCorrection): CorrectionRow => ({ id: r.id, op: r.op, entityId: r.entity_id, value: r.value, createdAt: r.created_at });

export class SqliteWorkbenchStore implements WorkbenchStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db, MIGRATIONS);
  }

  async listBoards(): Promise<Omit<BoardRow, 'json'>[]> {
    const rows = this.db.prepare('SELECT id, name, updated_at FROM boards ORDER BY updated_at DESC').all() as RawBoard[];
    return rows.map((r) => ({ id: r.id, name: r.name, updatedAt: r.updated_at }));
  }

  async getBoard(id: string): Promise<BoardRow | null> {
    const r = this.db.prepare('SELECT * FROM boards WHERE id = ?').get(id) as RawBoard | undefined;
    return r ? boardOf(r) : null;
  }

  async putBoard(id: string, name: string, json: string): Promise<boolean> {
    const existed = this.db.prepare('SELECT 1 FROM boards WHERE id = ?').get(id) !== undefined;
    this.db.prepare(`INSERT INTO boards (id, name, json, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, json = excluded.json, updated_at = excluded.updated_at`)
      .run(id, name, json, new Date().toISOString());
    return !existed;
  }

  async deleteBoard(id: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM boards WHERE id = ?').run(id).changes > 0;
  }

  async addCorrection(op: CorrectionOp, entityId: string, value: string | null): Promise<CorrectionRow> {
    const createdAt = new Date().toISOString();
    const info = this.db.prepare('INSERT INTO corrections (op, entity_id, value, created_at) VALUES (?, ?, ?, ?)')
      .run(op, entityId, value, createdAt);
    return { id: Number(info.lastInsertRowid), op, entityId, value, createdAt };
  }

  async listCorrections(): Promise<CorrectionRow[]> {
    return (this.db.prepare('SELECT * FROM corrections ORDER BY id').all() as RawCorrection[]).map(correctionOf);
  }

  async exportAll(): Promise<WorkbenchDump> {
    const boards = (this.db.prepare('SELECT * FROM boards ORDER BY id').all() as RawBoard[]).map(boardOf);
    return { boards, corrections: await this.listCorrections() };
  }

  async importAll(dump: WorkbenchDump): Promise<{ boards: TableCopy; corrections: TableCopy }> {
    const board = this.db.prepare(`INSERT INTO boards (id, name, json, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, json = excluded.json, updated_at = excluded.updated_at
      WHERE excluded.updated_at > boards.updated_at`);
    const correction = this.db.prepare(`INSERT INTO corrections (op, entity_id, value, created_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS
      (SELECT 1 FROM corrections WHERE op = ? AND entity_id = ? AND value IS ? AND created_at = ?)`);
    return this.db.transaction(() => ({
      boards: count(dump.boards, (b) => board.run(b.id, b.name, b.json, b.updatedAt).changes),
      corrections: count([...dump.corrections].sort((a, b) => a.id - b.id), (c) => {
        const key = [c.op, c.entityId, c.value, c.createdAt];
        return correction.run(...key, ...key).changes;
      }),
    }))();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
