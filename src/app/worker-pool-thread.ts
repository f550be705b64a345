// App: the worker-thread side of the extraction pool. Receives documents, runs the extractor and
// posts the record back; an extractor bug is reported for that document and the thread goes on.

import { parentPort } from 'node:worker_threads';
import type { DocumentInput } from '../model/index.ts';
import { extractDocument } from './extract-document.ts';

interface Task {
  id: number;
  doc: DocumentInput;
}

parentPort?.on('message', (task: Task) => {
  try {
    parentPort?.postMessage({ id: task.id, record: extractDocument(task.doc) });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
