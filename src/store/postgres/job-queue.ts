// PostgreSQL store: the jobs table as a work queue for any number of workers. A claim takes rows
// with FOR UPDATE SKIP LOCKED and sets a lease; a live worker renews it (heartbeat), a dead one
// stops, and once the lease has passed another worker claims the job again.

import pg from 'pg';
import { ValidationError } from '../../model/index.ts';
import { createSchema, migrate } from './migrations.ts';
import { Sql } from './statements.ts';

export interface NewJob {
  kind: string;
  payload: unknown;
  /** Jobs with a key already queued or done are not added again. */
  dedupeKey?: string;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
}

export type JobState = 'queued' | 'running' | 'done' | 'failed';
export type JobCounts = Record<JobState, number>;

export interface QueueOptions {
  url: string;
  schema?: string;
}

/** Rows per INSERT when enqueueing; keeps one statement's parameters well under pg's limits. */
const BATCH = 500;

export class PgJobQueue {
  private readonly pool: pg.Pool;
  private readonly sql: Sql;
  private ready: Promise<void> | null = null;
  private leader: pg.PoolClient | null = null;

  constructor(readonly options: QueueOptions) {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/u.test(options.schema)) {
      throw new ValidationError(`not a plain schema name: ${options.schema}`);
    }
    this.pool = new pg.Pool({ connectionString: options.url, max: 3, ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) });
    this.pool.on('error', () => undefined);
    this.sql = new Sql({ query: async (text, params) => { await this.init(); return this.pool.query(text, params); } });
  }

  private init(): Promise<void> {
    this.ready ??= (async () => {
      const client = await this.pool.connect();
      try {
        if (this.options.schema) await createSchema(client, this.options.schema);
        await migrate(client);
      } finally {
        client.release();
      }
    })().catch((error: unknown) => { this.ready = null; throw error; });
    return this.ready;
  }

  /** Adds jobs; returns how many were new (duplicates by dedupe key are skipped). */
  async enqueue(jobs: readonly NewJob[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < jobs.length; i += BATCH) {
      const batch = jobs.slice(i, i + BATCH);
      added += await this.sql.run(
        `INSERT INTO jobs (kind, payload, dedupe_key)
         SELECT k, p::jsonb, d FROM unnest($1::text[], $2::text[], $3::text[]) AS u(k, p, d)
         ON CONFLICT (dedupe_key) DO NOTHING`,
        batch.map((j) => j.kind), batch.map((j) => JSON.stringify(j.payload)), batch.map((j) => j.dedupeKey ?? null),
      );
    }
    return added;
  }

  /** Claims up to `count` jobs for `workerId` with a lease of `leaseMs`; expired leases count as free. */
  async claim(workerId: string, count: number, leaseMs: number, maxAttempts: number): Promise<ClaimedJob[]> {
    await this.sql.run(
      `UPDATE jobs SET state = 'failed', finished_at = now(), last_error = coalesce(last_error, 'lease expired on every attempt')
       WHERE state = 'running' AND locked_until < now() AND attempts >= $1`, maxAttempts);
    return this.sql.all<ClaimedJob>(
      `UPDATE jobs SET state = 'running', locked_by = $1, locked_until = now() + $2 * interval '1 millisecond', attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM jobs
         WHERE (state = 'queued' OR (state = 'running' AND locked_until < now())) AND attempts < $4
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id::int AS id, kind, payload, attempts`,
      workerId, leaseMs, count, maxAttempts,
    );
  }

  /** Extends the leases this worker still holds; returns how many it still had. */
  async heartbeat(workerId: string, ids: readonly number[], leaseMs: number): Promise<number> {
    if (ids.length === 0) return 0;
    return this.sql.run(
      `UPDATE jobs SET locked_until = now() + $3 * interval '1 millisecond'
       WHERE id = ANY($2::bigint[]) AND locked_by = $1 AND state = 'running'`, workerId, ids, leaseMs);
  }

  /** Marks a job done and drops its payload (the text now lives in the store). */
  async complete(workerId: string, id: number, result: string): Promise<boolean> {
    return (await this.sql.run(
      `UPDATE jobs SET state = 'done', result = $3, finished_at = now(), locked_until = NULL, payload = '{}'::jsonb
       WHERE id = $2 AND locked_by = $1 AND state = 'running'`, workerId, id, result)) > 0;
  }

  /** Marks several jobs done in one statement; returns how many this worker still held. */
  async completeMany(workerId: string, jobs: readonly { id: number; result: string }[]): Promise<number> {
    if (jobs.length === 0) return 0;
    return this.sql.run(
      `UPDATE jobs SET state = 'done', result = u.result, finished_at = now(), locked_until = NULL, payload = '{}'::jsonb
       FROM unnest($2::bigint[], $3::text[]) AS u(id, result)
       WHERE jobs.id = u.id AND jobs.locked_by = $1 AND jobs.state = 'running'`,
      workerId, jobs.map((j) => j.id), jobs.map((j) => j.result));
  }

  /** Puts a job back in the queue, or fails it for good after `maxAttempts`. */
  async fail(workerId: string, id: number, error: string, maxAttempts: number): Promise<void> {
    await this.sql.run(
      `UPDATE jobs SET state = CASE WHEN attempts >= $4 THEN 'failed' ELSE 'queued' END, last_error = $3,
              locked_until = NULL, finished_at = CASE WHEN attempts >= $4 THEN now() END
       WHERE id = $2 AND locked_by = $1 AND state = 'running'`, workerId, id, error, maxAttempts);
  }

  async counts(): Promise<JobCounts> {
    const rows = await this.sql.all<{ state: JobState; n: number }>('SELECT state, COUNT(*)::int AS n FROM jobs GROUP BY state');
    const counts: JobCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) counts[r.state] = r.n;
    return counts;
  }

  /**
   * Whether this process leads `role` in this database schema (one holder at a time): a session
   * advisory lock on a connection kept for it, released by close() or when the process dies.
   */
  async tryLead(role: string): Promise<boolean> {
    if (this.leader) return true;
    await this.init();
    const client = await this.pool.connect();
    const { rows } = await client.query<{ led: boolean }>(
      "SELECT pg_try_advisory_lock(hashtextextended(current_schema() || ':' || $1, 0)) AS led", [role],
    );
    if (rows[0]?.led !== true) { client.release(); return false; }
    client.on('error', () => { this.leader = null; });
    this.leader = client;
    return true;
  }

  async close(): Promise<void> {
    // Unlocked first: the server drops a closed connection's locks in its own time, so another
    // worker asking straight after could still be refused. Destroyed rather than pooled, so the
    // lock goes with the connection even if the unlock fails.
    const leader = this.leader;
    this.leader = null;
    await leader?.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    leader?.release(true);
    await this.pool.end().catch(() => undefined);
  }
}
