// Model file format: gzip of [u32 header length][JSON header: format, bits, scales, resources]
// [Int16 weights of each stage]. Weights are quantised to 16 bits; zero buckets compress to almost nothing.

import { gunzipSync, gzipSync } from 'node:zlib';
import { UnreadableFileError } from '../../model/errors.ts';
import { LABEL_COUNT } from './labels.ts';
import type { NerResourceData } from './resources.ts';
import type { Weights } from './tagger.ts';

const FORMAT = 'lantern-ner-2';

export interface ModelBundle { stages: Weights[]; resources: NerResourceData; meta: Record<string, string | number> }

interface Header { format: string; bits: number; labels: number; scales: number[]; resources: NerResourceData; meta: Record<string, string | number> }

/** Serialises a model bundle to gzipped bytes. */
export function encodeModel(bundle: ModelBundle): Buffer {
  const first = bundle.stages[0];
  if (!first) throw new RangeError('encodeModel needs at least one weight stage');
  const parts = bundle.stages.map((stage) => quantise(stage.w));
  const header: Header = {
    format: FORMAT, bits: first.bits, labels: first.labels, scales: parts.map((p) => p.scale),
    resources: bundle.resources, meta: bundle.meta,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  const bodies = parts.map(({ q }) => Buffer.from(q.buffer, q.byteOffset, q.byteLength));
  return gzipSync(Buffer.concat([length, json, ...bodies]), { level: 9 });
}

function quantise(w: Float32Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (let k = 0; k < w.length; k++) { const a = Math.abs(w[k] as number); if (a > max) max = a; }
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) q[k] = Math.round((w[k] as number) / scale);
  return { q, scale };
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
  const size = (1 << header.bits) * LABEL_COUNT;
  if (header.format !== FORMAT || header.labels !== LABEL_COUNT || raw.length !== 2 * size * header.scales.length) {
    throw new UnreadableFileError(source, `NER model format ${String(header.format)} does not match this tagger`);
  }
  const aligned = new Int16Array(raw.length / 2);
  Buffer.from(aligned.buffer).set(raw);
  const stages = header.scales.map((scale, k) => {
    const w = new Float32Array(size);
    const q = aligned.subarray(k * size, (k + 1) * size);
    for (let i = 0; i < size; i++) w[i] = (q[i] as number) * scale;
    return { bits: header.bits, labels: header.labels, w };
  });
  return { stages, resources: header.resources, meta: header.meta };
}
