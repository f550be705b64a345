// Parsing and validation of query-string parameters shared by the routes. Bad values raise
// ValidationError, which the error handler turns into a 400.
import { ValidationError, type EntityType, type PageRequest, type TransferStatus } from '../model/index.ts';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_QUERY_LENGTH = 500;

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'media', 'equipment'];

export const TRANSFER_STATUSES: readonly TransferStatus[] = ['delivered', 'requested', 'promised', 'ordered', 'planned'];

type Query = (name: string) => string | undefined;

/** Reads `limit` (1..200, default 20) and `offset` (>= 0, default 0). */
export function readPage(query: Query): Required<PageRequest> {
  return {
    limit: readInteger(query('limit'), 'limit', { min: 1, max: MAX_LIMIT, fallback: DEFAULT_LIMIT }),
    offset: readInteger(query('offset'), 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 }),
  };
}

function readInteger(raw: string | undefined, name: string, range: { min: number; max: number; fallback: number }): number {
  if (raw === undefined || raw === '') return range.fallback;
  if (!/^\d+$/.test(raw)) throw new ValidationError(`${name} must be an integer between ${range.min} and ${range.max}`);
  const value = Number(raw);
  if (value < range.min || value > range.max) {
    throw new ValidationError(`${name} must be an integer between ${range.min} and ${range.max}`);
  }
  return value;
}

/** A free-text query: trimmed, at most 500 characters; `required` rejects an empty one. */
export function readText(raw: string | undefined, name: string, required: boolean): string | undefined {
  const text = raw?.trim() ?? '';
  if (text === '') {
    if (required) throw new ValidationError(`${name} is required`);
    return undefined;
  }
  if (text.length > MAX_QUERY_LENGTH) throw new ValidationError(`${name} must be at most ${MAX_QUERY_LENGTH} characters`);
  return text;
}

export function readEntityType(raw: string | undefined): EntityType | undefined {
  return readChoice(raw, 'type', ENTITY_TYPES);
}

export function listEntityTypes(): readonly EntityType[] {
  return ENTITY_TYPES;
}

const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** An ISO date prefix for range filters: "2006", "2006-10" or "2006-10-10". */
export function readDatePrefix(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!ISO_PREFIX.test(raw)) throw new ValidationError(`${name} must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD`);
  return raw;
}

/** A value that must be one of a fixed list, e.g. an event type or a transfer status. */
export function readChoice<T extends string>(raw: string | undefined, name: string, choices: readonly T[]): T | undefined {
  if (raw === undefined || raw === '') return undefined;
  const choice = choices.find((c) => c === raw);
  if (!choice) throw new ValidationError(`${name} must be one of ${choices.join(', ')}`);
  return choice;
}

/** Filters are built with optional keys; the store should see absent keys, not undefined ones. */
export function dropUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
