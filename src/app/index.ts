// App: use-cases composing ingest, extract and store. The CLI and the server call these.

export { ingestPaths } from './ingest-paths.ts';
export type { IngestedDocument, IngestOptions, IngestProgress, IngestSummary, FailedPath } from './ingest-paths.ts';
export { extractFiles, extractSource } from './extract-files.ts';
export type { ExtractSummary } from './extract-files.ts';
export { extractDocument } from './extract-document.ts';
export type { Extractor } from './extract-document.ts';
export { findEntities, listDocuments, searchDocuments } from './browse.ts';
export { openStore } from './open-store.ts';
export { resolveStoredDocuments } from './resolution.ts';
export { applyToEntities, canonicalOf, correctionView, openWorkbench, recordCorrection, reviewQueue } from './review.ts';
export type { CorrectionRow, CorrectionView, ReviewItem, WorkbenchStore } from './review.ts';
export { chartGraph, chartNeighbors, readKinds, RELATION_KINDS } from './workbench-graph.ts';
export type { ChartEdge, ChartGraph, ChartNode, NeighborFilter } from './workbench-graph.ts';
export { deleteBoard, listBoards, openBoard, saveBoard } from './boards.ts';
export { documentFacets, mapPlaces } from './workbench-facets.ts';
export type { DocumentFacets, Facets, MapPlace } from './workbench-facets.ts';
export { enqueuePaths, ingestJob, openPgStore, openQueue } from './queue.ts';
export type { EnqueueSummary } from './queue.ts';
export { runWorker } from './queue-worker.ts';
export { RESOLVE_EVERY, WorkerResolution } from './worker-resolution.ts';
export type { WorkerOptions, WorkerSummary } from './queue-worker.ts';
export { ExtractPool } from './worker-pool.ts';
export { ingestPathsThreaded } from './worker-pool-ingest.ts';
export { copyStore } from './migrate-store.ts';
export type { CopySummary } from './migrate-store.ts';
