// SQLite store: prepared statements cached by SQL text, with every driver error wrapped in a
// StoreQueryError that keeps the SQL and the parameters for diagnosis.

import type Database from 'better-sqlite3';
import { StoreQueryError } from '../../model/index.ts';

export type Param = string | number | null;

export class Statements {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(readonly db: Database.Database) {}

  private prepare(sql: string, params: readonly Param[]): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      try {
        statement = this.db.prepare(sql);
      } catch (cause) {
        throw new StoreQueryError(`cannot prepare query: ${(cause as Error).message}`, sql, params, { cause });
      }
      this.cache.set(sql, statement);
    }
    return statement;
  }

  private guard<T>(sql: string, params: readonly Param[], work: (s: Database.Statement) => T): T {
    const statement = this.prepare(sql, params);
    try {
      return work(statement);
    } catch (cause) {
      throw new StoreQueryError(`query failed: ${(cause as Error).message}`, sql, params, { cause });
    }
  }

  run(sql: string, ...params: Param[]): Database.RunResult {
    return this.guard(sql, params, (s) => s.run(...params));
  }

  get<T>(sql: string, ...params: Param[]): T | undefined {
    return this.guard(sql, params, (s) => s.get(...params) as T | undefined);
  }

  all<T>(sql: string, ...params: Param[]): T[] {
    return this.guard(sql, params, (s) => s.all(...params) as T[]);
  }
}
