// SQLite store: page bounds shared by every list query: defaults, a hard cap, no negatives.

import type { PageRequest } from '../../model/index.ts';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;

export function pageBounds(page: PageRequest | undefined): { limit: number; offset: number } {
  const limit = Math.trunc(page?.limit ?? DEFAULT_LIMIT);
  const offset = Math.trunc(page?.offset ?? 0);
  return {
    limit: Number.isFinite(limit) ? Math.min(Math.max(limit, 1), MAX_LIMIT) : DEFAULT_LIMIT,
    offset: Number.isFinite(offset) ? Math.max(offset, 0) : 0,
  };
}
