// The one place that turns errors into HTTP responses: every failure leaves the API as
// `{ error: { code, message } }` with the status its LanternError code stands for.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { LanternError, type ErrorCode } from '../model/index.ts';

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  unreadable_file: 422,
  validation: 400,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  too_large: 413,
  store_query: 500,
  internal: 500,
};

/** Receives errors the client is not told about (server faults), for the operator's log. */
export type ErrorLogger = (err: unknown) => void;

export function statusForCode(code: ErrorCode): ContentfulStatusCode {
  return STATUS_BY_CODE[code];
}

/** Builds the app's onError handler; server faults are logged, never echoed to the client. */
export function createErrorHandler(log: ErrorLogger) {
  return (err: Error, c: Context): Response => {
    const { status, body } = describeError(err);
    if (status >= 500) log(err);
    return c.json(body, status);
  };
}

function describeError(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (err instanceof LanternError) {
    const status = statusForCode(err.code);
    // Store failures carry SQL and driver messages: useful in the log, not in a response.
    const message = status >= 500 ? 'Internal server error' : err.message;
    return { status, body: { error: { code: err.code, message } } };
  }
  if (err instanceof HTTPException && err.status < 500) {
    // Hono raises these for malformed requests (e.g. a body it cannot parse).
    return { status: err.status as ContentfulStatusCode, body: { error: { code: 'validation', message: err.message || 'Bad request' } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Internal server error' } } };
}
