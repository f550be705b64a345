// SQLite monitoring tables: feeds with their conditional-GET validators, items seen per feed,
// watchlists, alerts and reference records. Own connection to the store's database file, like
// the workbench store.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type {
  AlertRow, FeedItemRow, FeedRow, MonitorCopy, MonitorDump, MonitorStore, ReferenceInput, ReferenceRow, WatchKind, WatchRow,
} from '../../model/monitor-store.ts';
import { count } from './account-queries.ts';
import { MIGRATIONS, migrate } from './migrations.ts';

export type { AlertRow, FeedRow, ReferenceInput, ReferenceRow, WatchKind, WatchRow };

interface RawFeed { id: number; url: string; etag: string | null; last_modified: string | null; polled_at: string | null; last_status: string | null }
interface RawAlert { id: number; watch_id: number; kind: WatchKind; value: string; document_id: string; matched: string; webhook_status: string | null; created_at: string }
interface RawReference { id: number; dataset: 'sipri' | 'acled'; row_key: string; supplier: string | null; recipient: string | null; item: string | null; year: number | null; date: string | null; actor: string | null; place: string | null; row_json: string }

const feedOf = (r: RawFeed): FeedRow => ({ id: r.id, url: r.url, etag: r.etag, lastModified: r.last_modified, polledAt: r.polled_at, lastStatus: r.last_status });
const alertOf = (r: RawAlert): AlertRow => ({ id: r.id, watchId: r.watch_id, kind: r.kind, value: r.value, documentId: r.document_id, matched: r.matched, webhookStatus: r.webhook_status, createdAt: r.created_at });
const referenceOf = (r: RawReference): ReferenceRow => ({
  id: r.id, dataset: r.dataset, rowKey: r.row_key, supplier: r.supplier, recipient: r.recipient, item: r.item, year: r.year,
  date: r.date, actor: r.actor, place: r.place, row: JSON.parse(r.row_json) as Record<string, string>,
});
const now = () => new Date().toISOString();
const ALERTS = 'SELECT a.*, w.kind, w.value FROM alerts a JOIN watchlists w ON w.id = a.watch_id';

export class SqliteMonitorStore implements MonitorStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db, MIGRATIONS);
  }

  async addFeed(url: string): Promise<FeedRow> {
    this.db.prepare('INSERT INTO feeds (url, created_at) VALUES (?, ?) ON CONFLICT(url) DO NOTHING').run(url, now());
    return feedOf(this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as RawFeed);
  }

  async listFeeds(): Promise<FeedRow[]> {
    return (this.db.prepare('SELECT * FROM feeds ORDER BY id').all() as RawFeed[]).map(feedOf);
  }

  async removeFeed(idOrUrl: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM feeds WHERE id = ? OR url = ?').run(Number(idOrUrl) || -1, idOrUrl).changes > 0;
  }

  async recordPoll(id: number, poll: { etag: string | null; lastModified: string | null; status: string }): Promise<void> {
    this.db.prepare('UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), polled_at = ?, last_status = ? WHERE id = ?')
      .run(poll.etag, poll.lastModified, now(), poll.status, id);
  }

  async hasItem(feedId: number, key: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?').get(feedId, key) !== undefined;
  }

  async markItem(feedId: number, key: string, documentId: string | null): Promise<void> {
    this.db.prepare('INSERT OR IGNORE INTO feed_items (feed_id, item_key, document_id, seen_at) VALUES (?, ?, ?, ?)').run(feedId, key, documentId, now());
  }

  async addWatch(kind: WatchKind, value: string, webhook: string | null): Promise<WatchRow> {
    const createdAt = now();
    const info = this.db.prepare('INSERT INTO watchlists (kind, value, webhook, created_at) VALUES (?, ?, ?, ?)').run(kind, value, webhook, createdAt);
    return { id: Number(info.lastInsertRowid), kind, value, webhook, createdAt };
  }

  async listWatches(): Promise<WatchRow[]> {
    const rows = this.db.prepare('SELECT * FROM watchlists ORDER BY id').all() as { id: number; kind: WatchKind; value: string; webhook: string | null; created_at: string }[];
    return rows.map((r) => ({ id: r.id, kind: r.kind, value: r.value, webhook: r.webhook, createdAt: r.created_at }));
  }

  async removeWatch(id: number): Promise<boolean> {
    return this.db.prepare('DELETE FROM watchlists WHERE id = ?').run(id).changes > 0;
  }

  async addAlert(watchId: number, documentId: string, matched: string): Promise<number | null> {
    const info = this.db.prepare('INSERT OR IGNORE INTO alerts (watch_id, document_id, matched, created_at) VALUES (?, ?, ?, ?)').run(watchId, documentId, matched, now());
    return info.changes > 0 ? Number(info.lastInsertRowid) : null;
  }

  async setWebhookStatus(alertId: number, status: string): Promise<void> {
    this.db.prepare('UPDATE alerts SET webhook_status = ? WHERE id = ?').run(status, alertId);
  }

  async listAlerts(page: { limit: number; offset: number }): Promise<{ items: AlertRow[]; total: number }> {
    const rows = this.db.prepare(`${ALERTS} ORDER BY a.id DESC LIMIT ? OFFSET ?`).all(page.limit, page.offset) as RawAlert[];
    const total = (this.db.prepare('SELECT COUNT(*) AS n FROM alerts').get() as { n: number }).n;
    return { items: rows.map(alertOf), total };
  }

  async putReferences(rows: readonly ReferenceInput[]): Promise<number> {
    const insert = this.db.prepare(`INSERT OR IGNORE INTO reference_records (dataset, row_key, supplier, recipient, item, year, date, actor, place, row_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    return this.db.transaction(() => rows.reduce((n, r) => n + insert.run(r.dataset, r.rowKey, r.supplier, r.recipient, r.item, r.year, r.date, r.actor, r.place, JSON.stringify(r.row)).changes, 0))();
  }

  async listReferences(dataset: 'sipri' | 'acled', years?: { from: number; to: number }): Promise<ReferenceRow[]> {
    const rows = (years
      ? this.db.prepare('SELECT * FROM reference_records WHERE dataset = ? AND year BETWEEN ? AND ? ORDER BY id').all(dataset, years.from, years.to)
      : this.db.prepare('SELECT * FROM reference_records WHERE dataset = ? ORDER BY id').all(dataset)) as RawReference[];
    return rows.map(referenceOf);
  }

  async exportAll(): Promise<MonitorDump> {
    const feedItems = this.db.prepare(`SELECT f.url AS feedUrl, i.item_key AS key, i.document_id AS documentId, i.seen_at AS seenAt
      FROM feed_items i JOIN feeds f ON f.id = i.feed_id ORDER BY f.id, i.seen_at, i.item_key`).all() as FeedItemRow[];
    const alerts = (this.db.prepare(`${ALERTS} ORDER BY a.id`).all() as RawAlert[]).map(alertOf);
    const references = (this.db.prepare('SELECT * FROM reference_records ORDER BY id').all() as RawReference[]).map(referenceOf);
    return { feeds: await this.listFeeds(), feedItems, watches: await this.listWatches(), alerts, references };
  }

  async importAll(dump: MonitorDump): Promise<MonitorCopy> {
    const feed = this.db.prepare(`INSERT INTO feeds (url, etag, last_modified, polled_at, last_status, created_at)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO NOTHING`);
    const item = this.db.prepare(`INSERT OR IGNORE INTO feed_items (feed_id, item_key, document_id, seen_at)
      SELECT id, ?, ?, ? FROM feeds WHERE url = ?`);
    const findWatch = this.db.prepare('SELECT id FROM watchlists WHERE kind = ? AND value = ? AND webhook IS ? AND created_at = ?');
    const watch = this.db.prepare('INSERT INTO watchlists (kind, value, webhook, created_at) VALUES (?, ?, ?, ?)');
    const alert = this.db.prepare(`INSERT OR IGNORE INTO alerts (watch_id, document_id, matched, webhook_status, created_at)
      VALUES (?, ?, ?, ?, ?)`);
    const watchIds = new Map<number, number>();
    const copy = this.db.transaction(() => ({
      feeds: count(dump.feeds, (f) => feed.run(f.url, f.etag, f.lastModified, f.polledAt, f.lastStatus, f.polledAt ?? now()).changes),
      feedItems: count(dump.feedItems, (i) => item.run(i.key, i.documentId, i.seenAt, i.feedUrl).changes),
      watches: count(dump.watches, (w) => {
        const found = findWatch.get(w.kind, w.value, w.webhook, w.createdAt) as { id: number } | undefined;
        watchIds.set(w.id, found?.id ?? Number(watch.run(w.kind, w.value, w.webhook, w.createdAt).lastInsertRowid));
        return found ? 0 : 1;
      }),
      alerts: count(dump.alerts, (a) => {
        const watchId = watchIds.get(a.watchId);
        return watchId === undefined ? 0 : alert.run(watchId, a.documentId, a.matched, a.webhookStatus, a.createdAt).changes;
      }),
    }));
    const copied = copy();
    const added = await this.putReferences(dump.references);
    return { ...copied, references: { read: dump.references.length, added } };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
