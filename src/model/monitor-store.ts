// The monitoring store contract: polled feeds and the items taken from them, watchlists, the
// alerts they raise, and SIPRI / ACLED reference records. SQLite and PostgreSQL implement it.

import type { TableCopy } from './account-store.ts';

export interface FeedRow { id: number; url: string; etag: string | null; lastModified: string | null; polledAt: string | null; lastStatus: string | null }
export interface FeedItemRow { feedUrl: string; key: string; documentId: string | null; seenAt: string }
export type WatchKind = 'entity' | 'keyword' | 'event' | 'item';
export interface WatchRow { id: number; kind: WatchKind; value: string; webhook: string | null; createdAt: string }
export interface AlertRow { id: number; watchId: number; kind: WatchKind; value: string; documentId: string; matched: string; webhookStatus: string | null; createdAt: string }
export interface ReferenceInput { dataset: 'sipri' | 'acled'; rowKey: string; supplier: string | null; recipient: string | null; item: string | null; year: number | null; date: string | null; actor: string | null; place: string | null; row: Record<string, string> }
export interface ReferenceRow extends Omit<ReferenceInput, 'row'> { id: number; row: Record<string, string> }

export interface MonitorDump { feeds: FeedRow[]; feedItems: FeedItemRow[]; watches: WatchRow[]; alerts: AlertRow[]; references: ReferenceRow[] }
export interface MonitorCopy { feeds: TableCopy; feedItems: TableCopy; watches: TableCopy; alerts: TableCopy; references: TableCopy }

export interface MonitorStore {
  /** Subscribes (a known url is left as it is) and returns the feed. */
  addFeed(url: string): Promise<FeedRow>;
  listFeeds(): Promise<FeedRow[]>;
  /** Removes by id or url; false when there was none. */
  removeFeed(idOrUrl: string): Promise<boolean>;
  /** Null validators keep the previous ones. */
  recordPoll(id: number, poll: { etag: string | null; lastModified: string | null; status: string }): Promise<void>;
  hasItem(feedId: number, key: string): Promise<boolean>;
  markItem(feedId: number, key: string, documentId: string | null): Promise<void>;
  addWatch(kind: WatchKind, value: string, webhook: string | null): Promise<WatchRow>;
  listWatches(): Promise<WatchRow[]>;
  removeWatch(id: number): Promise<boolean>;
  /** Records an alert; null when this watch already alerted on this document. */
  addAlert(watchId: number, documentId: string, matched: string): Promise<number | null>;
  setWebhookStatus(alertId: number, status: string): Promise<void>;
  /** Newest first. */
  listAlerts(page: { limit: number; offset: number }): Promise<{ items: AlertRow[]; total: number }>;
  /** Inserts reference rows not already there (by dataset and row key); returns how many were new. */
  putReferences(rows: readonly ReferenceInput[]): Promise<number>;
  /** References of one dataset, optionally in a year range (inclusive). */
  listReferences(dataset: 'sipri' | 'acled', years?: { from: number; to: number }): Promise<ReferenceRow[]>;
  exportAll(): Promise<MonitorDump>;
  /**
   * Feeds by url, their items by (feed, key), watches by (kind, value, webhook, createdAt), alerts
   * by (watch, document), references by (dataset, row key). Running it twice adds nothing.
   */
  importAll(dump: MonitorDump): Promise<MonitorCopy>;
  close(): Promise<void>;
}
