// Ingest: the last step shared by every format: clean the text, lift the masthead or title line
// into metadata, settle the publication date and hash the result for dedupe.

import { createHash } from 'node:crypto';
import { UnreadableFileError } from '../model/index.ts';
import type { DocumentInput } from '../model/index.ts';
import { cleanText } from './clean-text.ts';
import { splitMasthead, yearFromVolume } from './edm-header.ts';
import { splitTitleLine } from './title-line.ts';

export interface RawDocument {
  id: string;
  source: string;
  format: string;
  text: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** @throws UnreadableFileError when nothing but boilerplate is left */
export function buildDocument(raw: RawDocument): DocumentInput {
  const masthead = splitMasthead(cleanText(raw.text));
  let { title, body } = masthead;
  if (masthead.publication === null) ({ title, body } = splitTitleLine(body, raw.format));
  if (body.trim() === '') throw new UnreadableFileError(raw.source, 'no text left after removing boilerplate');
  return {
    id: raw.id,
    source: raw.source,
    format: raw.format,
    // Page or feed metadata names the article better than a line found in the text.
    title: raw.title?.trim() || title,
    publication: masthead.publication,
    volume: masthead.volume,
    issue: masthead.issue,
    published: raw.published ?? yearFromVolume(masthead.publication, masthead.volume),
    url: raw.url ?? null,
    text: body,
    contentHash: hashText(body),
  };
}
