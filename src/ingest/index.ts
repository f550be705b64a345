// Ingest's public face: files, HTML, PDF and feeds → clean DocumentInput objects. Usable by
// scripts on its own: `readDocument(path)` and `cleanText(raw)`.

export { cleanText, isBoilerplateLine } from './clean-text.ts';
export { splitMasthead, yearFromVolume } from './edm-header.ts';
export { buildDocument, hashText } from './build-document.ts';
export type { RawDocument } from './build-document.ts';
export { readDocument, readSource, documentIdFor, SUPPORTED_EXTENSIONS } from './read-document.ts';
export { listFiles } from './list-files.ts';
export type { FileListing } from './list-files.ts';
