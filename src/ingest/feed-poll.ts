// Ingest: one polling round of a web feed through the fetch guard: a conditional GET (ETag,
// Last-Modified; 304 means nothing new), the feed read by read-feed.ts, and each new item's
// article page fetched and cleaned by read-html.ts, falling back to the feed's own text.

import { UnreadableFileError } from '../model/index.ts';
import type { DocumentInput } from '../model/index.ts';
import { buildDocument, hashText } from './build-document.ts';
import { decodeText } from './decode-text.ts';
import { guardedFetch } from './fetch-guard.ts';
import type { FetchGuardOptions } from './fetch-guard.ts';
import { readFeed } from './read-feed.ts';
import type { FeedItem } from './read-feed.ts';
import { readHtml } from './read-html.ts';

export interface FeedValidators { etag: string | null; lastModified: string | null }

export type FeedFetch =
  | { status: 'not-modified' }
  | { status: 'ok'; items: FeedItem[]; validators: FeedValidators };

/** @throws FetchError when the feed cannot be fetched, UnreadableFileError when it is not a feed */
export async function fetchFeed(url: string, known: FeedValidators, guard: FetchGuardOptions = {}): Promise<FeedFetch> {
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8' };
  if (known.etag) headers['if-none-match'] = known.etag;
  if (known.lastModified) headers['if-modified-since'] = known.lastModified;
  const res = await guardedFetch(url, { headers }, guard);
  if (res.status === 304) return { status: 'not-modified' };
  if (res.status !== 200) throw new UnreadableFileError(url, `the server answered ${res.status}`);
  const items = readFeed(decodeText(res.body, url), url);
  return { status: 'ok', items, validators: { etag: res.headers.etag || null, lastModified: res.headers['last-modified'] || null } };
}

/** Document id of a feed item: stable across polls, whatever the item's page says. */
export function feedItemId(feedUrl: string, item: FeedItem): string {
  return `feed-${hashText(feedUrl).slice(0, 8)}-${hashText(item.key).slice(0, 12)}`;
}

async function articleText(item: FeedItem, guard: FetchGuardOptions): Promise<{ text: string; title: string | null; published: string | null } | null> {
  if (!item.url) return null;
  try {
    const res = await guardedFetch(item.url, { headers: { accept: 'text/html, application/xhtml+xml' } }, guard);
    if (res.status !== 200) return null;
    const page = readHtml(decodeText(res.body, item.url), item.url);
    return { text: page.text, title: page.title, published: page.published };
  } catch {
    // An unreachable or unreadable page leaves the feed's own summary as the document.
    return null;
  }
}

/** The item as a document: its article page when that can be read, else the feed's text. */
export async function feedItemDocument(feedUrl: string, item: FeedItem, guard: FetchGuardOptions = {}): Promise<DocumentInput> {
  const page = await articleText(item, guard);
  const text = page && page.text.length > item.text.length ? page.text : item.text;
  return buildDocument({
    id: feedItemId(feedUrl, item),
    source: item.url ?? feedUrl,
    format: page ? 'html' : 'feed-item',
    text,
    title: item.title ?? page?.title ?? null,
    published: item.published ?? page?.published ?? null,
    url: item.url,
  });
}
