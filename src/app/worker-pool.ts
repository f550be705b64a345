// App: a pool of worker threads that run the extractor, so one machine's cores all extract while
// the main thread reads files and writes the store. The thread entry is TypeScript, loaded via tsx.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LanternError } from '../model/index.ts';
import type { DocumentInput, ExtractionRecord } from '../model/index.ts';

interface Reply {
  id: number;
  record?: ExtractionRecord;
  error?: string;
}

interface Pending {
  resolve: (record: ExtractionRecord) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

const THREAD_ENTRY = new URL('./worker-pool-thread.ts', import.meta.url).href;
// Node 20 applies `--import tsx` in a worker only after resolving its entry file, so a .ts entry
// fails; a small evaluated bootstrap registers tsx first and then imports the real entry.
const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(THREAD_ENTRY)}); });`;

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending & { slot: Slot }>();
  private nextId = 1;
  private closed = false;

  /** A pool of `threads` extraction threads (default: one per core). */
  constructor(readonly threads: number = availableParallelism()) {
    if (!Number.isInteger(threads) || threads < 1) throw new LanternError('validation', `threads must be a positive integer, not ${threads}`);
  }

  /** Threads start on the first document, so a run that extracts nothing starts none. */
  private start(): void {
    for (let i = 0; i < this.threads; i += 1) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(BOOTSTRAP, { eval: true });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (reply: Reply) => this.settle(slot, reply));
    worker.on('error', (error) => this.failSlot(slot, error));
    worker.on('exit', (code) => { if (!this.closed) this.failSlot(slot, new Error(`extraction thread exited with code ${code}`)); });
    return slot;
  }

  private settle(slot: Slot, reply: Reply): void {
    const task = this.pending.get(reply.id);
    if (!task) return;
    this.pending.delete(reply.id);
    slot.busy -= 1;
    if (reply.record) task.resolve(reply.record);
    else task.reject(new LanternError('internal', `extraction failed: ${reply.error ?? 'no record'}`));
  }

  /** A thread that died fails its own tasks and is replaced, so the pool keeps its size. */
  private failSlot(slot: Slot, error: Error): void {
    for (const [id, task] of this.pending) {
      if (task.slot !== slot) continue;
      this.pending.delete(id);
      task.reject(new LanternError('internal', `extraction thread failed: ${error.message}`, { cause: error }));
    }
    const at = this.slots.indexOf(slot);
    if (at >= 0 && !this.closed) this.slots[at] = this.spawn();
  }

  /** Extracts one document on the least busy thread. */
  extract(doc: DocumentInput): Promise<ExtractionRecord> {
    if (this.closed) return Promise.reject(new LanternError('internal', 'the extraction pool is closed'));
    if (this.slots.length === 0) this.start();
    const slot = this.slots.reduce((best, s) => (s.busy < best.busy ? s : best));
    const id = this.nextId++;
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, doc });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
