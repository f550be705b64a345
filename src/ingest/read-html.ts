// Ingest: an HTML page → article text and metadata. Readability (on a linkedom DOM) finds the
// article; the publication date comes from the page's meta tags, never from a guess.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { UnreadableFileError } from '../model/index.ts';
import { normalizeDate } from './dates.ts';
import { htmlFragmentToText, nodeToText } from './html-text.ts';

export interface HtmlArticle {
  title: string | null;
  published: string | null;
  url: string | null;
  text: string;
}

// Meta names and properties that carry a publication date, most specific first.
const DATE_META = [
  'article:published_time', 'datePublished', 'date', 'DC.date', 'DC.date.issued', 'dc.date',
  'dcterms.date', 'dcterms.created', 'pubdate', 'publish-date', 'sailthru.date', 'og:published_time',
];

type MetaDocument = { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

function metaContent(doc: MetaDocument, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`)
    ?? doc.querySelector(`meta[itemprop="${key}"]`);
  return el?.getAttribute('content') ?? null;
}

function findPublished(doc: MetaDocument): string | null {
  for (const key of DATE_META) {
    const date = normalizeDate(metaContent(doc, key));
    if (date) return date;
  }
  return normalizeDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
}

/** Reads an HTML page. @throws UnreadableFileError when the page holds no readable text */
export function readHtml(html: string, path: string): HtmlArticle {
  try {
    return parseArticle(html, path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    // linkedom and Readability fail on pages without a document element (an empty file, a bare
    // <script>): one hostile page must not stop an ingest, so it becomes an unreadable file.
    throw new UnreadableFileError(path, 'HTML without a readable document', { cause: error });
  }
}

function parseArticle(html: string, path: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = document as unknown as MetaDocument;
  const published = findPublished(meta);
  const url = metaContent(meta, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const ogTitle = metaContent(meta, 'og:title');
  // Readability mutates the DOM it reads, so meta tags are read first.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const text = article?.content ? htmlFragmentToText(article.content) : nodeToText(document.body as never);
  if (text.trim() === '') throw new UnreadableFileError(path, 'no readable text in HTML');
  const title = (ogTitle ?? article?.title ?? document.title ?? '').trim() || null;
  return { title, published, url, text };
}
