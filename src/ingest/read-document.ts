// Ingest: one source (a file's bytes, or stdin) → the documents it holds. Picks the reader by
// extension and content (a PDF is known by its magic bytes), so files without an extension work.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UnreadableFileError } from '../model/index.ts';
import type { DocumentInput } from '../model/index.ts';
import { buildDocument, hashText } from './build-document.ts';
import { decodeText } from './decode-text.ts';
import { readFeed } from './read-feed.ts';
import { readHtml } from './read-html.ts';
import { readPdf } from './read-pdf.ts';

/** Larger files are refused before reading: reports are kilobytes, and a stray disk image is not one. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** Extensions a folder walk picks up; named files are read whatever their extension. */
export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt', '.text', '.md', '.markdown', '.pdf', ...HTML_EXTENSIONS, ...FEED_EXTENSIONS,
]);

function isPdf(bytes: Uint8Array, ext: string): boolean {
  const magic = String.fromCharCode(...bytes.subarray(0, 5));
  return ext === '.pdf' || magic === '%PDF-';
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/iu.test(text);
}

/** Document id: the file name without extension ("003_c674a82b06f24ef4"). */
export function documentIdFor(path: string): string {
  return basename(path, extname(path));
}

/**
 * Reads one source. `name` is the path users see (or "-" for stdin).
 * @throws UnreadableFileError naming the source and the reason
 */
export async function readSource(bytes: Uint8Array, name: string): Promise<DocumentInput[]> {
  const ext = extname(name).toLowerCase();
  const stdin = name === '-';
  if (isPdf(bytes, ext)) {
    const text = await readPdf(bytes, name);
    return [buildDocument({ id: idFor(name, text), source: name, format: 'pdf', text })];
  }
  const text = decodeText(bytes, name);
  if (FEED_EXTENSIONS.has(ext) || (stdin && /^\s*<\?xml|^\s*<(?:rss|feed)[\s>]/u.test(text))) {
    const base = stdin ? 'stdin' : documentIdFor(name);
    return readFeed(text, name).map((item) =>
      buildDocument({
        id: `${base}-${hashText(item.key).slice(0, 12)}`,
        source: item.url ?? name,
        format: 'feed-item',
        text: item.text,
        title: item.title,
        published: item.published,
        url: item.url,
      }),
    );
  }
  if (HTML_EXTENSIONS.has(ext) || looksLikeHtml(text)) {
    const page = readHtml(text, name);
    return [buildDocument({ id: idFor(name, page.text), source: name, format: 'html', ...page })];
  }
  const format = ext === '.md' || ext === '.markdown' ? 'md' : 'txt';
  return [buildDocument({ id: idFor(name, text), source: name, format, text })];
}

/** stdin has no name, so its id comes from its content: re-reading the same text gives the same id. */
function idFor(name: string, text: string): string {
  return name === '-' ? `stdin-${hashText(text).slice(0, 12)}` : documentIdFor(name);
}

function unreadable(path: string, cause: unknown): UnreadableFileError {
  const code = (cause as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'unknown error'})`;
  return new UnreadableFileError(path, reason, { cause });
}

/** Reads a file from disk. @throws UnreadableFileError */
export async function readDocument(path: string): Promise<DocumentInput[]> {
  const size = await stat(path).then((info) => info.size, (cause: unknown) => { throw unreadable(path, cause); });
  if (size > MAX_FILE_BYTES) throw new UnreadableFileError(path, `too large (${size} bytes, limit ${MAX_FILE_BYTES})`);
  const bytes = await readFile(path).catch((cause: unknown) => { throw unreadable(path, cause); });
  return readSource(bytes, path);
}
