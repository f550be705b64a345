// CLI: the ingest progress bar (count, ETA, current file) on stderr, drawn only when stderr is a
// terminal so that logs and pipes stay clean.

import cliProgress from 'cli-progress';
import type { IngestProgress } from '../app/index.ts';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

const SILENT: ProgressReporter = { update() {}, stop() {} };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar({
    stream,
    format: '{bar} {value}/{total} files | ETA {eta_formatted} | {file}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 20,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update({ done, total, path }) {
      if (!started) {
        bar.start(total, 0, { file: '' });
        started = true;
      }
      bar.update(done, { file: path.length > 40 ? `…${path.slice(-39)}` : path });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
