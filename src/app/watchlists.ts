// App: watchlists. A watch names an entity, a keyword, an event type or a transferred item; each
// newly ingested record is matched against all of them and every match becomes an alert (once per
// watch and document) and, when the watch has one, a webhook POST.

import { EVENT_TYPES, ValidationError } from '../model/index.ts';
import type { ExtractionRecord } from '../model/index.ts';
import type { AlertRow, WatchKind, WatchRow } from '../store/index.ts';
import type { MonitorStore } from './feeds.ts';
import { postWebhook } from './watchlists-webhook.ts';
import type { WebhookOptions } from './watchlists-webhook.ts';

export const WATCH_KINDS: readonly WatchKind[] = ['entity', 'keyword', 'event', 'item'];
export type { AlertRow, WatchKind, WatchRow };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** What in the record matches the watch, in words for the alert; null when nothing does. */
export function matchWatch(watch: Pick<WatchRow, 'kind' | 'value'>, record: ExtractionRecord): string | null {
  const wanted = fold(watch.value);
  switch (watch.kind) {
    case 'entity': {
      const e = record.entities.find((x) => [x.name, ...x.aliases].some((n) => fold(n) === wanted));
      return e ? `${e.type} ${e.name}` : null;
    }
    case 'keyword': {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(watch.value.trim())}(?![\\p{L}\\p{N}])`, 'iu');
      const hit = re.exec(`${record.document.title ?? ''}\n${record.document.text}`);
      return hit ? `keyword "${hit[0]}"` : null;
    }
    case 'event': {
      const ev = record.events.find((x) => x.type === wanted);
      return ev ? `${ev.type} event: ${ev.summary}` : null;
    }
    case 'item': {
      const item = record.transfers.flatMap((t) => t.items).find((i) => fold(i.item).includes(wanted));
      return item ? `transfer of ${item.quantity ?? ''} ${item.item}`.replace(/\s+/gu, ' ') : null;
    }
  }
}

/** Adds a watch after checking it. @throws ValidationError */
export async function addWatch(monitor: MonitorStore, kind: string, value: string, webhook?: string | null): Promise<WatchRow> {
  if (!WATCH_KINDS.includes(kind as WatchKind)) throw new ValidationError(`unknown watch kind '${kind}' (one of ${WATCH_KINDS.join(', ')})`);
  if (value.trim() === '') throw new ValidationError('a watch needs a value');
  if (kind === 'event' && !(EVENT_TYPES as readonly string[]).includes(value)) throw new ValidationError(`unknown event type '${value}' (one of ${EVENT_TYPES.join(', ')})`);
  if (webhook && !/^https?:\/\//iu.test(webhook)) throw new ValidationError('a webhook must be an http or https address');
  return monitor.addWatch(kind as WatchKind, value.trim(), webhook || null);
}

export interface RaisedAlert { id: number; watch: WatchRow; documentId: string; matched: string; webhookStatus: string | null }

/** Matches a newly saved record against every watch; records alerts and posts webhooks. */
export async function raiseAlerts(monitor: MonitorStore, record: ExtractionRecord, options: WebhookOptions = {}): Promise<RaisedAlert[]> {
  const raised: RaisedAlert[] = [];
  for (const watch of await monitor.listWatches()) {
    const matched = matchWatch(watch, record);
    if (matched === null) continue;
    const id = await monitor.addAlert(watch.id, record.document.id, matched);
    if (id === null) continue;
    let webhookStatus: string | null = null;
    if (watch.webhook) {
      webhookStatus = await postWebhook(watch.webhook, {
        alert: id, watch: { id: watch.id, kind: watch.kind, value: watch.value }, matched,
        document: { id: record.document.id, title: record.document.title, published: record.document.published, publication: record.document.publication },
      }, options);
      await monitor.setWebhookStatus(id, webhookStatus);
    }
    raised.push({ id, watch, documentId: record.document.id, matched, webhookStatus });
  }
  return raised;
}

/** The after-save callback for ingestPaths / ingestDocuments that raises alerts. */
export function alertOnSave(monitor: MonitorStore, options: WebhookOptions = {}) {
  return async (_doc: unknown, record: ExtractionRecord): Promise<void> => {
    await raiseAlerts(monitor, record, options);
  };
}
