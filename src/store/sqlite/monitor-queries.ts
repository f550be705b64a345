// SQLite monitoring tables: feeds with their conditional-GET validators, items seen per feed,
// watchlists, alerts and reference records. Own connection to the store's database file, like
// the workbench store.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from './migrations.ts';

export interface FeedRow { id: number; url: string; etag: string | null; lastModified: string | null; polledAt: string | null; lastStatus: string | null }
export type WatchKind = 'entity' | 'keyword' | 'event' | 'item';
export interface WatchRow { id: number; kind: WatchKind; value: string; webhook: string | null; createdAt: string }
export interface AlertRow { id: number; watchId: number; kind: WatchKind; value: string; documentId: string; matched: string; webhookStatus: string | null; createdAt: string }
export interface ReferenceInput { dataset: 'sipri' | 'acled'; rowKey: string; supplier: string | null; recipient: string | null; item: string | null; year: number | null; date: string | null; actor: string | null; place: string | null; row: Record<string, string> }
export interface ReferenceRow extends Omit<ReferenceInput, 'row'> { id: number; row: Record<string, string> }

interface RawFeed { id: number; url: string; etag: string | null; last_modified: string | null; polled_at: string | null; last_status: string | null }
interface RawAlert { id: number; watch_id: number; kind: WatchKind; value: string; document_id: string; matched: string; webhook_status: string | null; created_at: string }
interface RawReference { id: number; dataset: 'sipri' | 'acled'; row_key: string; supplier: string | null; recipient: string | null; item: string | null; year: number | null; date: string | null; actor: string | null; place: string | null; row_json: string }

const feedOf = (r: RawFeed): FeedRow => ({ id: r.id, url: r.url, etag: r.etag, lastModified: r.last_modified, polledAt: r.polled_at, lastStatus: r.last_status });
const now = () => new Date().toISOString();

export class SqliteMonitorStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db, MIGRATIONS);
  }

  addFeed(url: string): FeedRow {
    this.db.prepare('INSERT INTO feeds (url, created_at) VALUES (?, ?) ON CONFLICT(url) DO NOTHING').run(url, now());
    return feedOf(this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as RawFeed);
  }

  listFeeds(): FeedRow[] {
    return (this.db.prepare('SELECT * FROM feeds ORDER BY id').all() as RawFeed[]).map(feedOf);
  }

  /** Removes by id or url; false when there was none. */
  removeFeed(idOrUrl: string): boolean {
    return this.db.prepare('DELETE FROM feeds WHERE id = ? OR url = ?').run(Number(idOrUrl) || -1, idOrUrl).changes > 0;
  }

  recordPoll(id: number, poll: { etag: string | null; lastModified: string | null; status: string }): void {
    this.db.prepare('UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), polled_at = ?, last_status = ? WHERE id = ?')
      .run(poll.etag, poll.lastModified, now(), poll.status, id);
  }

  hasItem(feedId: number, key: string): boolean {
    return this.db.prepare('SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?').get(feedId, key) !== undefined;
  }

  markItem(feedId: number, key: string, documentId: string | null): void {
    this.db.prepare('INSERT OR IGNORE INTO feed_items (feed_id, item_key, document_id, seen_at) VALUES (?, ?, ?, ?)').run(feedId, key, documentId, now());
  }

  addWatch(kind: WatchKind, value: string, webhook: string | null): WatchRow {
    const createdAt = now();
    const info = this.db.prepare('INSERT INTO watchlists (kind, value, webhook, created_at) VALUES (?, ?, ?, ?)').run(kind, value, webhook, createdAt);
    return { id: Number(info.lastInsertRowid), kind, value, webhook, createdAt };
  }

  listWatches(): WatchRow[] {
    const rows = this.db.prepare('SELECT * FROM watchlists ORDER BY id').all() as { id: number; kind: WatchKind; value: string; webhook: string | null; created_at: string }[];
    return rows.map((r) => ({ id: r.id, kind: r.kind, value: r.value, webhook: r.webhook, createdAt: r.created_at }));
  }

  removeWatch(id: number): boolean {
    return this.db.prepare('DELETE FROM watchlists WHERE id = ?').run(id).changes > 0;
  }

  /** Records an alert; null when this watch already alerted on this document. */
  addAlert(watchId: number, documentId: string, matched: string): number | null {
    const info = this.db.prepare('INSERT OR IGNORE INTO alerts (watch_id, document_id, matched, created_at) VALUES (?, ?, ?, ?)').run(watchId, documentId, matched, now());
    return info.changes > 0 ? Number(info.lastInsertRowid) : null;
  }

  setWebhookStatus(alertId: number, status: string): void {
    this.db.prepare('UPDATE alerts SET webhook_status = ? WHERE id = ?').run(status, alertId);
  }

  listAlerts(page: { limit: number; offset: number }): { items: AlertRow[]; total: number } {
    const rows = this.db.prepare(`SELECT a.*, w.kind, w.value FROM alerts a JOIN watchlists w ON w.id = a.watch_id
      ORDER BY a.id DESC LIMIT ? OFFSET ?`).all(page.limit, page.offset) as RawAlert[];
    const total = (this.db.prepare('SELECT COUNT(*) AS n FROM alerts').get() as { n: number }).n;
    return {
      items: rows.map((r) => ({ id: r.id, watchId: r.watch_id, kind: r.kind, value: r.value, documentId: r.document_id, matched: r.matched, webhookStatus: r.webhook_status, createdAt: r.created_at })),
      total,
    };
  }

  /** Inserts or replaces reference rows in one transaction; returns how many were new. */
  putReferences(rows: readonly ReferenceInput[]): number {
    const insert = this.db.prepare(`INSERT OR IGNORE INTO reference_records (dataset, row_key, supplier, recipient, item, year, date, actor, place, row_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    return this.db.transaction(() => rows.reduce((n, r) => n + insert.run(r.dataset, r.rowKey, r.supplier, r.recipient, r.item, r.year, r.date, r.actor, r.place, JSON.stringify(r.row)).changes, 0))();
  }

  /** References of one dataset in a year range (inclusive); null bounds mean unbounded. */
  listReferences(dataset: 'sipri' | 'acled', years?: { from: number; to: number }): ReferenceRow[] {
    const rows = (years
      ? this.db.prepare('SELECT * FROM reference_records WHERE dataset = ? AND year BETWEEN ? AND ? ORDER BY id').all(dataset, years.from, years.to)
      : this.db.prepare('SELECT * FROM reference_records WHERE dataset = ? ORDER BY id').all(dataset)) as RawReference[];
    return rows.map((r) => ({
      id: r.id, dataset: r.dataset, rowKey: r.row_key, supplier: r.supplier, recipient: r.recipient, item: r.item, year: r.year,
      date: r.date, actor: r.actor, place: r.place, row: JSON.parse(r.row_json) as Record<string, string>,
    }));
  }

  close(): void {
    this.db.close();
  }
}
