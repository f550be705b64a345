// Model file format: gzip of [u32 header length][JSON header: version, bits, scale, resources]
// [Int16 weights]. Weights are quantised to 16 bits; zero buckets compress to almost nothing.

import { gunzipSync, gzipSync } from 'node:zlib';
import { UnreadableFileError } from '../../model/errors.ts';
import { LABEL_COUNT } from './labels.ts';
import type { NerResourceData } from './resources.ts';
import type { Weights } from './tagger.ts';

const FORMAT = 'lantern-ner-1';

export interface ModelBundle { weights: Weights; resources: NerResourceData; meta: Record<string, string | number> }

interface Header { format: string; bits: number; labels: number; scale: number; resources: NerResourceData; meta: Record<string, string | number> }

/** Serialises a model bundle to gzipped bytes. */
export function encodeModel(bundle: ModelBundle): Buffer {
  const { w, bits, labels } = bundle.weights;
  let max = 0;
  for (let k = 0; k < w.length; k++) { const a = Math.abs(w[k] as number); if (a > max) max = a; }
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) q[k] = Math.round((w[k] as number) / scale);
  const header: Header = { format: FORMAT, bits, labels, scale, resources: bundle.resources, meta: bundle.meta };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  return gzipSync(Buffer.concat([length, json, Buffer.from(q.buffer, q.byteOffset, q.byteLength)]), { level: 9 });
}

/** Reads bytes written by encodeModel; throws UnreadableFileError (naming `source`) on anything else. */
export function decodeModel(bytes: Uint8Array, source = 'NER model'): ModelBundle {
  let raw: Buffer;
  let header: Header;
  try {
    raw = gunzipSync(bytes);
    const length = raw.readUInt32LE(0);
    header = JSON.parse(raw.subarray(4, 4 + length).toString('utf8')) as Header;
    raw = raw.subarray(4 + length);
  } catch (cause) {
    throw new UnreadableFileError(source, 'not a gzipped Lantern NER model', { cause });
  }
  if (header.format !== FORMAT || header.labels !== LABEL_COUNT || raw.length !== 2 * (1 << header.bits) * LABEL_COUNT) {
    throw new UnreadableFileError(source, `NER model format ${String(header.format)} does not match this tagger`);
  }
  const aligned = new Int16Array(raw.length / 2);
  Buffer.from(aligned.buffer).set(raw);
  const w = new Float32Array(aligned.length);
  for (let k = 0; k < w.length; k++) w[k] = (aligned[k] as number) * header.scale;
  return { weights: { bits: header.bits, labels: header.labels, w }, resources: header.resources, meta: header.meta };
}
