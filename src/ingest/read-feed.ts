// Ingest: RSS 2.0 and Atom feed files → one entry per item, its HTML body turned into text and
// its date taken from pubDate / published / updated / dc:date.

import { XMLParser } from 'fast-xml-parser';
import { UnreadableFileError } from '../model/index.ts';
import { normalizeDate } from './dates.ts';
import { htmlFragmentToText } from './html-text.ts';

export interface FeedItem {
  /** guid, Atom id, link or title: whatever identifies the item within its feed. */
  key: string;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' });

function asList(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is XmlNode => typeof v === 'object' && v !== null);
}

/** The text of an element that may be a string, a number or an object with "#text". */
function textOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object' && value !== null) return textOf((value as XmlNode)['#text']);
  return null;
}

function atomLink(value: unknown): string | null {
  const links = asList(value);
  const alternate = links.find((l) => l['@rel'] === undefined || l['@rel'] === 'alternate');
  return textOf(alternate?.['@href']) ?? textOf(value);
}

function rssItem(item: XmlNode): FeedItem {
  const body = textOf(item['content:encoded']) ?? textOf(item.description) ?? '';
  const url = textOf(item.link);
  const title = textOf(item.title);
  return {
    key: textOf(item.guid) ?? url ?? title ?? body.slice(0, 200),
    title,
    url,
    published: normalizeDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
    text: htmlFragmentToText(body),
  };
}

function atomEntry(entry: XmlNode): FeedItem {
  const body = textOf(entry.content) ?? textOf(entry.summary) ?? '';
  const url = atomLink(entry.link);
  const title = textOf(entry.title);
  return {
    key: textOf(entry.id) ?? url ?? title ?? body.slice(0, 200),
    title,
    url,
    published: normalizeDate(textOf(entry.published) ?? textOf(entry.updated) ?? textOf(entry['dc:date'])),
    text: htmlFragmentToText(body),
  };
}

/** Items with text; items with an empty body are skipped. @throws UnreadableFileError */
export function readFeed(xml: string, path: string): FeedItem[] {
  let tree: XmlNode;
  try {
    tree = parser.parse(xml, true) as XmlNode;
  } catch (cause) {
    throw new UnreadableFileError(path, 'malformed XML', { cause });
  }
  const rss = asList(tree.rss)[0] ?? asList(tree['rdf:RDF'])[0];
  const atom = asList(tree.feed)[0];
  let items: FeedItem[];
  if (rss) {
    const channel = asList(rss.channel)[0] ?? {};
    items = [...asList(channel.item), ...asList(rss.item)].map(rssItem);
  } else if (atom) {
    items = asList(atom.entry).map(atomEntry);
  } else {
    throw new UnreadableFileError(path, 'not an RSS or Atom feed');
  }
  const readable = items.filter((item) => item.text.trim() !== '');
  if (readable.length === 0) throw new UnreadableFileError(path, 'feed has no items with text');
  return readable;
}
