// Typed errors shared by every layer. Users' mistakes get their own subclass; the server and the
// CLI map `code` to an HTTP status and an exit code in one place each.

export type ErrorCode =
  | 'unreadable_file'
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'store_query'
  | 'internal';

export class LanternError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A file that cannot be turned into a document: binary, empty, bad encoding, broken PDF. */
export class UnreadableFileError extends LanternError {
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super('unreadable_file', `${path}: ${reason}`, options);
    this.path = path;
    this.reason = reason;
  }
}

export class ValidationError extends LanternError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('validation', message, options);
  }
}

export class NotFoundError extends LanternError {
  constructor(what: string, id: string) {
    super('not_found', `${what} not found: ${id}`);
  }
}

/** Keeps the SQL and parameters of a failed query for diagnosis. */
export class StoreQueryError extends LanternError {
  readonly sql: string;
  readonly params: readonly unknown[];
  constructor(message: string, sql: string, params: readonly unknown[], options?: { cause?: unknown }) {
    super('store_query', message, options);
    this.sql = sql;
    this.params = params;
  }
}
