// App: use-cases composing ingest, extract and store. The CLI and the server call these.

export { ingestPaths } from './ingest-paths.ts';
export type { IngestedDocument, IngestOptions, IngestProgress, IngestSummary, FailedPath } from './ingest-paths.ts';
export { extractFiles, extractSource } from './extract-files.ts';
export type { ExtractSummary } from './extract-files.ts';
export { extractDocument } from './extract-document.ts';
export type { Extractor } from './extract-document.ts';
export { findEntities, listDocuments, searchDocuments } from './browse.ts';
export { openStore } from './open-store.ts';
