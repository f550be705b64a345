// PostgreSQL monitoring tables: feeds with their conditional-GET validators, items seen per feed,
// watchlists, alerts and reference records (migration 72), the same contract as SQLite's.

import type {
  AlertRow, FeedItemRow, FeedRow, MonitorCopy, MonitorDump, MonitorStore, ReferenceInput, ReferenceRow, WatchKind, WatchRow,
} from '../../model/monitor-store.ts';
import { countAsync, openSidePool } from './account-queries.ts';
import type { Sql } from './statements.ts';
import type { PostgresOptions, PostgresStore } from './store.ts';

interface RawReference { id: number; dataset: 'sipri' | 'acled'; row_key: string; supplier: string | null; recipient: string | null; item: string | null; year: number | null; date: string | null; actor: string | null; place: string | null; row_json: string }

const FEED = 'SELECT id, url, etag, last_modified AS "lastModified", polled_at AS "polledAt", last_status AS "lastStatus" FROM feeds';
const WATCH = 'SELECT id, kind, value, webhook, created_at AS "createdAt" FROM watchlists';
const ALERT = `SELECT a.id, a.watch_id AS "watchId", w.kind, w.value, a.document_id AS "documentId", a.matched,
  a.webhook_status AS "webhookStatus", a.created_at AS "createdAt" FROM alerts a JOIN watchlists w ON w.id = a.watch_id`;
const referenceOf = (r: RawReference): ReferenceRow => ({
  id: r.id, dataset: r.dataset, rowKey: r.row_key, supplier: r.supplier, recipient: r.recipient, item: r.item, year: r.year,
  date: r.date, actor: r.actor, place: r.place, row: JSON.parse(r.row_json) as Record<string, string>,
});
const now = () => new Date().toISOString();
/** Largest INTEGER id; a bigger number given as a feed id cannot name one. */
const MAX_ID = 2 ** 31 - 1;

export class PgMonitorStore implements MonitorStore {
  private readonly pg: PostgresStore;

  constructor(options: PostgresOptions) {
    this.pg = openSidePool(options);
  }

  private tx<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.pg.transaction(work);
  }

  addFeed(url: string): Promise<FeedRow> {
    return this.tx(async (sql) => {
      await sql.run('INSERT INTO feeds (url, created_at) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING', url, now());
      return (await sql.get<FeedRow>(`${FEED} WHERE url = $1`, url)) as FeedRow;
    });
  }

  listFeeds(): Promise<FeedRow[]> {
    return this.tx((sql) => sql.all<FeedRow>(`${FEED} ORDER BY id`));
  }

  async removeFeed(idOrUrl: string): Promise<boolean> {
    const id = Number(idOrUrl);
    const byId = Number.isInteger(id) && id > 0 && id <= MAX_ID ? id : -1;
    return (await this.tx((sql) => sql.run('DELETE FROM feeds WHERE id = $1 OR url = $2', byId, idOrUrl))) > 0;
  }

  async recordPoll(id: number, poll: { etag: string | null; lastModified: string | null; status: string }): Promise<void> {
    await this.tx((sql) => sql.run(`UPDATE feeds SET etag = COALESCE($1, etag), last_modified = COALESCE($2, last_modified),
      polled_at = $3, last_status = $4 WHERE id = $5`, poll.etag, poll.lastModified, now(), poll.status, id));
  }

  async hasItem(feedId: number, key: string): Promise<boolean> {
    return (await this.tx((sql) => sql.get('SELECT 1 FROM feed_items WHERE feed_id = $1 AND item_key = $2', feedId, key))) !== undefined;
  }

  async markItem(feedId: number, key: string, documentId: string | null): Promise<void> {
    await this.tx((sql) => sql.run(`INSERT INTO feed_items (feed_id, item_key, document_id, seen_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT DO NOTHING`, feedId, key, documentId, now()));
  }

  async addWatch(kind: WatchKind, value: string, webhook: string | null): Promise<WatchRow> {
    const createdAt = now();
    const row = await this.tx((sql) => sql.get<{ id: number }>(
      'INSERT INTO watchlists (kind, value, webhook, created_at) VALUES ($1, $2, $3, $4) RETURNING id', kind, value, webhook, createdAt));
    return { id: row?.id ?? 0, kind, value, webhook, createdAt };
  }

  listWatches(): Promise<WatchRow[]> {
    return this.tx((sql) => sql.all<WatchRow>(`${WATCH} ORDER BY id`));
  }

  async removeWatch(id: number): Promise<boolean> {
    if (!Number.isInteger(id) || id < 1 || id > MAX_ID) return false;
    return (await this.tx((sql) => sql.run('DELETE FROM watchlists WHERE id = $1', id))) > 0;
  }

  async addAlert(watchId: number, documentId: string, matched: string): Promise<number | null> {
    const row = await this.tx((sql) => sql.get<{ id: number }>(`INSERT INTO alerts (watch_id, document_id, matched, created_at)
      VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`, watchId, documentId, matched, now()));
    return row?.id ?? null;
  }

  async setWebhookStatus(alertId: number, status: string): Promise<void> {
    await this.tx((sql) => sql.run('UPDATE alerts SET webhook_status = $1 WHERE id = $2', status, alertId));
  }

  listAlerts(page: { limit: number; offset: number }): Promise<{ items: AlertRow[]; total: number }> {
    return this.tx(async (sql) => ({
      items: await sql.all<AlertRow>(`${ALERT} ORDER BY a.id DESC LIMIT $1 OFFSET $2`, page.limit, page.offset),
      total: (await sql.get<{ n: number }>('SELECT count(*)::int AS n FROM alerts'))?.n ?? 0,
    }));
  }

  putReferences(rows: readonly ReferenceInput[]): Promise<number> {
    return this.tx((sql) => insertReferences(sql, rows));
  }

  async listReferences(dataset: 'sipri' | 'acled', years?: { from: number; to: number }): Promise<ReferenceRow[]> {
    const rows = await this.tx((sql) => years
      ? sql.all<RawReference>('SELECT * FROM reference_records WHERE dataset = $1 AND year BETWEEN $2 AND $3 ORDER BY id', dataset, years.from, years.to)
      : sql.all<RawReference>('SELECT * FROM reference_records WHERE dataset = $1 ORDER BY id', dataset));
    return rows.map(referenceOf);
  }

  exportAll(): Promise<MonitorDump> {
    return this.tx(async (sql) => ({
      feeds: await sql.all<FeedRow>(`${FEED} ORDER BY id`),
      feedItems: await sql.all<FeedItemRow>(`SELECT f.url AS "feedUrl", i.item_key AS key, i.document_id AS "documentId", i.seen_at AS "seenAt"
        FROM feed_items i JOIN feeds f ON f.id = i.feed_id ORDER BY f.id, i.seen_at, i.item_key`),
      watches: await sql.all<WatchRow>(`${WATCH} ORDER BY id`),
      alerts: await sql.all<AlertRow>(`${ALERT} ORDER BY a.id`),
      references: (await sql.all<RawReference>('SELECT * FROM reference_records ORDER BY id')).map(referenceOf),
    }));
  }

  importAll(dump: MonitorDump): Promise<MonitorCopy> {
    return this.tx(async (sql) => {
      const watchIds = new Map<number, number>();
      return {
        feeds: await countAsync(dump.feeds, (f) => sql.run(`INSERT INTO feeds (url, etag, last_modified, polled_at, last_status, created_at)
          VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING`, f.url, f.etag, f.lastModified, f.polledAt, f.lastStatus, f.polledAt ?? now())),
        feedItems: await countAsync(dump.feedItems, (i) => sql.run(`INSERT INTO feed_items (feed_id, item_key, document_id, seen_at)
          SELECT id, $1, $2, $3 FROM feeds WHERE url = $4 ON CONFLICT DO NOTHING`, i.key, i.documentId, i.seenAt, i.feedUrl)),
        watches: await countAsync(dump.watches, async (w) => {
          const found = await sql.get<{ id: number }>(`SELECT id FROM watchlists WHERE kind = $1 AND value = $2
            AND webhook IS NOT DISTINCT FROM $3::text AND created_at = $4 ORDER BY id LIMIT 1`, w.kind, w.value, w.webhook, w.createdAt);
          const id = found?.id ?? (await sql.get<{ id: number }>(`INSERT INTO watchlists (kind, value, webhook, created_at)
            VALUES ($1, $2, $3, $4) RETURNING id`, w.kind, w.value, w.webhook, w.createdAt))?.id;
          if (id !== undefined) watchIds.set(w.id, id);
          return found ? 0 : 1;
        }),
        alerts: await countAsync(dump.alerts, async (a) => {
          const watchId = watchIds.get(a.watchId);
          return watchId === undefined ? 0 : sql.run(`INSERT INTO alerts (watch_id, document_id, matched, webhook_status, created_at)
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, watchId, a.documentId, a.matched, a.webhookStatus, a.createdAt);
        }),
        references: { read: dump.references.length, added: await insertReferences(sql, dump.references) },
      };
    });
  }

  close(): Promise<void> {
    return this.pg.close();
  }
}

async function insertReferences(sql: Sql, rows: readonly ReferenceInput[]): Promise<number> {
  let added = 0;
  for (const r of rows) {
    added += await sql.run(`INSERT INTO reference_records (dataset, row_key, supplier, recipient, item, year, date, actor, place, row_json)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
    r.dataset, r.rowKey, r.supplier, r.recipient, r.item, r.year, r.date, r.actor, r.place, JSON.stringify(r.row));
  }
  return added;
}
