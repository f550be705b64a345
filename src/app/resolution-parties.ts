// App: ledger and event filters name a party by cluster id, naive key or plain name; each is
// turned into the group id the store filters by (the resolved cluster, else the naive key).

import type { EventFilter, Store, TransferFilter } from '../model/index.ts';
import { findCluster, type Resolver } from '../resolve/index.ts';

// A naive per-document key as the store writes it: "person:nursultan-nazarbayev".
const NAIVE_KEY = /^[a-z]+:\S+$/u;

/**
 * The group id for a filter value: a cluster id as is; a naive key leads to the cluster holding
 * most of its mentions; a name to the cluster of that name or spelling. Unknown text is kept.
 * @example await partyGroupOf(store, resolver, 'Nazarbaev') === 'c3'  // "Nursultan Nazarbayev"
 */
export async function partyGroupOf(store: Store, resolver: Resolver, text: string): Promise<string> {
  const value = text.trim();
  if (NAIVE_KEY.test(value) && !resolver.clusters().some((c) => c.id === value)) {
    return (await store.getEntity(value))?.id ?? value;
  }
  return findCluster(resolver, value)?.id ?? value;
}

/** The resolver, loaded only when a filter names a party. */
type ResolverOf = () => Promise<Resolver>;

/** The event filter with its entity as a group id. */
export async function resolveEventFilter(store: Store, resolver: ResolverOf, filter: EventFilter = {}): Promise<EventFilter> {
  return filter.entity ? { ...filter, entity: await partyGroupOf(store, await resolver(), filter.entity) } : filter;
}

/** The transfer filter with its supplier and recipient as group ids. */
export async function resolveTransferFilter(store: Store, resolver: ResolverOf, filter: TransferFilter = {}): Promise<TransferFilter> {
  const out = { ...filter };
  if (filter.supplier) out.supplier = await partyGroupOf(store, await resolver(), filter.supplier);
  if (filter.recipient) out.recipient = await partyGroupOf(store, await resolver(), filter.recipient);
  return out;
}
