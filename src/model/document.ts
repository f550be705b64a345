// Documents as ingest produces them and the store keeps them.

/** What ingest hands on: clean text plus the metadata it could establish. */
export interface DocumentInput {
  /** Stable id: the source file name without extension, or a feed item's derived id. */
  id: string;
  /** Where it came from: a path, "-" for stdin, or a URL. */
  source: string;
  /** "txt" | "md" | "html" | "pdf" | "feed-item" */
  format: string;
  title: string | null;
  publication: string | null;
  volume: number | null;
  issue: number | null;
  published: string | null;
  url: string | null;
  text: string;
  /** sha256 (hex) of the cleaned text: the dedupe key. */
  contentHash: string;
}

export interface StoredDocument extends DocumentInput {
  ingestedAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  publication: string | null;
  published: string | null;
  source: string;
  ingestedAt: string;
  entityCount: number;
}
