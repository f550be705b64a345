// The API's payload types. The web app shares only types with the server (web/ talks HTTP only).
export type {
  DocumentSummary, EntitySummary, EntityType, Event, ExtractionRecord, MentionRow, Page, SearchHit, StoredDocument,
  Transfer, Amount, Citation, Quote, Entity, Span, EventRow, TransferRow, EntityRef, TransferStatus, EventType,
} from '../../../src/model/index.ts';
export type { MentionInContext } from '../../../src/server/mention-context.ts';
import type { ExtractionRecord, StoredDocument } from '../../../src/model/index.ts';

export interface DocumentWithRecord {
  document: StoredDocument;
  record: ExtractionRecord | null;
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}
