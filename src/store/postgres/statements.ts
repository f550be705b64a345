// PostgreSQL store: one query helper over a pool or a transaction's client, wrapping every driver
// error in a StoreQueryError that keeps the SQL and parameters for diagnosis.

import type { QueryResultRow } from 'pg';
import { StoreQueryError } from '../../model/index.ts';

export type Param = string | number | boolean | null | readonly (string | number | boolean | null)[];

/** The part of pg's Pool and PoolClient the queries need. */
export interface Queryable {
  query<R extends QueryResultRow>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

export class Sql {
  constructor(readonly db: Queryable) {}

  async run(sql: string, ...params: Param[]): Promise<number> {
    return (await this.exec(sql, params)).rowCount ?? 0;
  }

  async get<T extends QueryResultRow>(sql: string, ...params: Param[]): Promise<T | undefined> {
    return (await this.exec<T>(sql, params)).rows[0];
  }

  async all<T extends QueryResultRow>(sql: string, ...params: Param[]): Promise<T[]> {
    return (await this.exec<T>(sql, params)).rows;
  }

  private async exec<T extends QueryResultRow>(sql: string, params: Param[]): Promise<{ rows: T[]; rowCount: number | null }> {
    try {
      return await this.db.query<T>(sql, params as unknown[]);
    } catch (cause) {
      throw new StoreQueryError(`query failed: ${(cause as Error).message}`, sql, params, { cause });
    }
  }
}
