// App: who resolves what queue workers store. Workers only extract and store (one shared entity
// graph written by all of them would serialise them); one worker at a time, the holder of a
// PostgreSQL advisory lock, resolves everything stored so far every `every` jobs it processes, so
// resolution overlaps the other workers' extraction instead of waiting for the end. A worker that
// finds the queue dry resolves too when it can take the lead, so a drained queue leaves a resolved
// store; anything still missed is resolved by the next read (Resolution.current).

import { getHeapStatistics } from 'node:v8';
import type { Store } from '../model/index.ts';
import type { PgJobQueue } from '../store/index.ts';
import { resolveStoredDocuments } from './resolution.ts';

const ROLE = 'lantern:resolver';
/** Jobs a leading worker processes between two resolutions. */
export const RESOLVE_EVERY = 1000;
/**
 * Share of the heap limit past which a worker stops resolving: the graph lives in memory (about
 * 45-90 KB per document), and a worker that ran out of heap would die, and the next leader after it.
 */
export const HEAP_BUDGET = 0.6;

const heapShare = (): number => {
  const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
  return used / limit;
};

export class WorkerResolution {
  private running: Promise<void> | null = null;
  private lastAt = 0;
  private overBudget = false;

  constructor(
    private readonly queue: Pick<PgJobQueue, 'tryLead'>,
    private readonly store: Store,
    private readonly onError: (error: unknown) => void,
    private readonly every = RESOLVE_EVERY,
    private readonly heap: () => number = heapShare,
  ) {}

  /** After each batch: resolves in the background once `every` more jobs were processed. */
  stored(processed: number): void {
    if (processed - this.lastAt < this.every) return;
    this.lastAt = processed;
    void this.run();
  }

  /** The queue ran dry: resolves what is stored, after any run already going. */
  async idle(): Promise<void> {
    await this.running;
    await this.run();
  }

  /** Waits for a background resolution to finish (before the store is closed). */
  async settled(): Promise<void> {
    await this.running;
  }

  private run(): Promise<void> {
    this.running ??= (async () => {
      try {
        if (this.overBudget || !(await this.queue.tryLead(ROLE))) return;
        if (this.heap() > HEAP_BUDGET) {
          this.overBudget = true;
          throw new Error(`the entity graph has outgrown this worker's heap (over ${HEAP_BUDGET * 100}% used); it stops resolving and goes on storing`);
        }
        await resolveStoredDocuments(this.store);
      } catch (error) {
        this.onError(error);
      }
    })().finally(() => { this.running = null; });
    return this.running;
  }
}
