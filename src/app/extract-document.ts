// App: runs the extractor on an ingested document. The record's text is the stored text, so
// every span the extractor reports points into what the store keeps.

import type { DocumentInput, ExtractionRecord } from '../model/index.ts';
import { EXTRACTOR_VERSION, extractRecord } from '../extract/index.ts';

/** The extraction step as the use-cases see it; tests and scripts may pass another. */
export type Extractor = (doc: DocumentInput) => ExtractionRecord;

export const extractDocument: Extractor = (doc) => {
  const record = extractRecord({
    id: doc.id,
    text: doc.text,
    title: doc.title,
    publication: doc.publication,
    volume: doc.volume,
    issue: doc.issue,
    published: doc.published,
  });
  return { ...record, extractor: record.extractor ?? EXTRACTOR_VERSION };
};
