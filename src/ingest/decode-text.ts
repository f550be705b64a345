// Ingest: turns raw bytes into text or says why it cannot: empty, binary or not valid UTF-8.
// The reasons are the ones users see next to the file's path.

import { UnreadableFileError } from '../model/index.ts';

/** Share of control characters above which a file is treated as binary rather than text. */
const MAX_CONTROL_SHARE = 0.05;

function controlShare(bytes: Uint8Array): number {
  let control = 0;
  const sample = bytes.subarray(0, 8192);
  for (const byte of sample) {
    // Tab, line feed, form feed and carriage return are text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control += 1;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

/**
 * Decodes UTF-8 text strictly.
 * @throws UnreadableFileError with reason "empty file", "binary file" or "invalid UTF-8"
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new UnreadableFileError(path, 'empty file');
  if (bytes.includes(0) || controlShare(bytes) > MAX_CONTROL_SHARE) {
    throw new UnreadableFileError(path, 'binary file');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new UnreadableFileError(path, 'invalid UTF-8', { cause });
  }
  if (text.trim() === '') throw new UnreadableFileError(path, 'empty file');
  return text;
}
