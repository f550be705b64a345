// PostgreSQL workbench tables: link-chart boards saved by id and the review log of corrections
// (migration 71), the same contract as the SQLite workbench store.

import type { TableCopy } from '../../model/account-store.ts';
import type { BoardRow, CorrectionOp, CorrectionRow, WorkbenchDump, WorkbenchStore } from '../../model/workbench-store.ts';
import { countAsync, openSidePool } from './account-queries.ts';
import type { Sql } from './statements.ts';
import type { PostgresOptions, PostgresStore } from './store.ts';

const BOARD = 'SELECT id, name, json, updated_at AS "updatedAt" FROM boards';
const CORRECTION = 'SELECT id, op, entity_id AS "entityId", value, created_at AS "createdAt" FROM corrections';

export class PgWorkbenchStore implements WorkbenchStore {
  private readonly pg: PostgresStore;

  constructor(options: PostgresOptions) {
    this.pg = openSidePool(options);
  }

  private tx<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.pg.transaction(work);
  }

  listBoards(): Promise<Omit<BoardRow, 'json'>[]> {
    return this.tx((sql) => sql.all<Omit<BoardRow, 'json'>>('SELECT id, name, updated_at AS "updatedAt" FROM boards ORDER BY updated_at DESC'));
  }

  async getBoard(id: string): Promise<BoardRow | null> {
    return (await this.tx((sql) => sql.get<BoardRow>(`${BOARD} WHERE id = $1`, id))) ?? null;
  }

  putBoard(id: string, name: string, json: string): Promise<boolean> {
    return this.tx(async (sql) => {
      // xmax is 0 on a freshly inserted row and set on one the upsert updated.
      const row = await sql.get<{ inserted: boolean }>(`INSERT INTO boards (id, name, json, updated_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json, updated_at = excluded.updated_at
        RETURNING (xmax = 0) AS inserted`, id, name, json, new Date().toISOString());
      return row?.inserted ?? false;
    });
  }

  async deleteBoard(id: string): Promise<boolean> {
    return (await this.tx((sql) => sql.run('DELETE FROM boards WHERE id = $1', id))) > 0;
  }

  async addCorrection(op: CorrectionOp, entityId: string, value: string | null): Promise<CorrectionRow> {
    const createdAt = new Date().toISOString();
    const row = await this.tx((sql) => sql.get<{ id: number }>(
      'INSERT INTO corrections (op, entity_id, value, created_at) VALUES ($1, $2, $3, $4) RETURNING id', op, entityId, value, createdAt));
    return { id: row?.id ?? 0, op, entityId, value, createdAt };
  }

  listCorrections(): Promise<CorrectionRow[]> {
    return this.tx((sql) => sql.all<CorrectionRow>(`${CORRECTION} ORDER BY id`));
  }

  exportAll(): Promise<WorkbenchDump> {
    return this.tx(async (sql) => ({
      boards: await sql.all<BoardRow>(`${BOARD} ORDER BY id`),
      corrections: await sql.all<CorrectionRow>(`${CORRECTION} ORDER BY id`),
    }));
  }

  importAll(dump: WorkbenchDump): Promise<{ boards: TableCopy; corrections: TableCopy }> {
    return this.tx(async (sql) => ({
      boards: await countAsync(dump.boards, (b) => sql.run(`INSERT INTO boards (id, name, json, updated_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json, updated_at = excluded.updated_at
        WHERE excluded.updated_at > boards.updated_at`, b.id, b.name, b.json, b.updatedAt)),
      corrections: await countAsync([...dump.corrections].sort((a, b) => a.id - b.id), (c) => sql.run(
        `INSERT INTO corrections (op, entity_id, value, created_at) SELECT $1, $2, $3::text, $4 WHERE NOT EXISTS (SELECT 1
          FROM corrections WHERE op = $1 AND entity_id = $2 AND value IS NOT DISTINCT FROM $3::text AND created_at = $4)`,
        c.op, c.entityId, c.value, c.createdAt)),
    }));
  }

  close(): Promise<void> {
    return this.pg.close();
  }
}
