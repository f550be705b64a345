// Ingest: the one way Lantern fetches from the network. Every address a host name resolves to is
// checked (fetch-address.ts) at connect time, redirects are followed by hand and re-checked (at
// most 5), and bodies are capped in size and time. Loopback only with an explicit test allowance.

import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { LanternError } from '../model/index.ts';
import type { ErrorCode } from '../model/index.ts';
import { refusalOf } from './fetch-address.ts';

export interface FetchGuardOptions {
  /** Tests only: let 127.0.0.0/8 and ::1 through. Never set by default. */
  allowLoopback?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export interface GuardedRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface GuardedResponse {
  status: number;
  /** The final address after redirects. */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** A fetch refused or failed; `reason` says why in the user's terms. */
export class FetchError extends LanternError {
  readonly url: string;
  readonly reason: string;
  constructor(code: ErrorCode, url: string, reason: string, options?: { cause?: unknown }) {
    super(code, `cannot fetch ${url}: ${reason}`, options);
    this.url = url;
    this.reason = reason;
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup that fails when any resolved address is refused, so a rebinding name cannot slip by. */
function guardedLookup(guard: FetchGuardOptions) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const refused = addresses.find((a) => refusalOf(a.address, guard) !== null);
      if (refused || addresses.length === 0) {
        const error: NodeJS.ErrnoException = new Error(`${hostname} resolves to ${refused?.address ?? 'nothing'}, ${refusalOf(refused?.address ?? '', guard) ?? 'no address'}`);
        error.code = 'EREFUSEDADDRESS';
        return callback(error, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

function checkUrl(url: URL, guard: FetchGuardOptions): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('validation', url.href, 'only http and https addresses');
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  if (isIP(host) !== 0) {
    const refusal = refusalOf(host, guard);
    if (refusal) throw new FetchError('forbidden', url.href, refusal);
  }
}

function once(url: URL, req: GuardedRequest, guard: FetchGuardOptions): Promise<GuardedResponse> {
  const maxBytes = guard.maxBytes ?? DEFAULT_MAX_BYTES;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error: FetchError | null, value?: GuardedResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        reject(error);
        request.destroy();
      } else resolve(value as GuardedResponse);
    };
    const request = client.request(url, {
      method: req.method ?? 'GET', headers: { 'user-agent': 'Lantern/1 (+feed reader)', ...req.headers },
      lookup: guardedLookup(guard) as never,
    }, (res) => {
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > maxBytes) return settle(new FetchError('too_large', url.href, `body of ${declared} bytes exceeds ${maxBytes}`));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) settle(new FetchError('too_large', url.href, `body exceeds ${maxBytes} bytes`));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v ?? '']));
        settle(null, { status: res.statusCode ?? 0, url: url.href, headers, body: Buffer.concat(chunks) });
      });
      res.on('error', (error) => settle(new FetchError('unreadable_file', url.href, error.message, { cause: error })));
    });
    const limit = guard.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => settle(new FetchError('unreadable_file', url.href, `no complete answer within ${limit} ms`)), limit);
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EREFUSEDADDRESS') settle(new FetchError('forbidden', url.href, error.message, { cause: error }));
      else settle(new FetchError('unreadable_file', url.href, error.message, { cause: error }));
    });
    request.end(req.body);
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches one address through the guard, following up to 5 redirects by hand.
 * @example const res = await guardedFetch('https://example.org/feed.xml', { headers: { 'if-none-match': etag } })
 * @throws FetchError (forbidden address, too large, too slow, too many redirects, network failure)
 */
export async function guardedFetch(address: string, req: GuardedRequest = {}, guard: FetchGuardOptions = {}): Promise<GuardedResponse> {
  let url: URL;
  try {
    url = new URL(address);
  } catch (cause) {
    throw new FetchError('validation', address, 'not a valid address', { cause });
  }
  let current = req;
  for (let hop = 0; ; hop++) {
    checkUrl(url, guard);
    const res = await once(url, current, guard);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.status) || !location) return res;
    if (hop >= (guard.maxRedirects ?? 5)) throw new FetchError('validation', address, 'too many redirects');
    try {
      url = new URL(location, url);
    } catch (cause) {
      throw new FetchError('unreadable_file', url.href, `redirect to an invalid address: ${location}`, { cause });
    }
    // 303, and 301/302 after a POST, turn into a GET without body, as browsers do.
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && current.method === 'POST')) {
      current = { ...current, method: 'GET' };
      delete current.body;
    }
  }
}
