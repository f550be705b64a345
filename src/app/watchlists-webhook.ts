// App: delivers an alert to a watchlist's webhook as a JSON POST through the fetch guard, retried
// with exponential backoff on network failures, 429 and 5xx, for a bounded number of attempts.

import { guardedFetch } from '../ingest/fetch-guard.ts';
import type { FetchGuardOptions } from '../ingest/fetch-guard.ts';

export interface WebhookOptions {
  guard?: FetchGuardOptions;
  /** Attempts in all, first one included; default 4. */
  attempts?: number;
  /** Wait before the second attempt; doubled for each further one. Default 500 ms. */
  baseDelayMs?: number;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
const retryable = (status: number) => status === 429 || status >= 500;

/**
 * Posts `payload`; resolves to a status line stored with the alert ("delivered 200 after 2 attempts").
 * Never throws: a webhook that stays down must not stop an ingest.
 */
export async function postWebhook(url: string, payload: unknown, options: WebhookOptions = {}): Promise<string> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const body = JSON.stringify(payload);
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await guardedFetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }, { timeoutMs: 10_000, ...options.guard, maxRedirects: 0 });
      if (res.status >= 200 && res.status < 300) return `delivered ${res.status} after ${attempt} attempt${attempt > 1 ? 's' : ''}`;
      last = `answered ${res.status}`;
      if (!retryable(res.status)) return `failed: ${last}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
      if (error instanceof Error && 'code' in error && (error.code === 'forbidden' || error.code === 'validation')) return `failed: ${last}`;
    }
    if (attempt < attempts) await wait((options.baseDelayMs ?? 500) * 2 ** (attempt - 1));
  }
  return `failed after ${attempts} attempts: ${last}`;
}
