// Lantern's statistical named-entity tagger (PER, LOC, ORG, MISC), trained on CoNLL-2003 by
// scripts/train-ner.ts. loadNerModel reads the committed model once; tagDocument returns spans per sentence.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UnreadableFileError } from '../../model/errors.ts';
import { spansFromLabels } from './labels.ts';
import { NerTagger } from './model.ts';
import { decodeModel } from './serialize.ts';

export type NerLabel = 'PER' | 'LOC' | 'ORG' | 'MISC';
/** A named entity: token indices [start, end) within its sentence. */
export interface NerSpan { start: number; end: number; label: NerLabel; confidence: number }
export interface NerModel {
  /** Tags a whole document: one token array per sentence; returns spans per sentence. Uses document-level consistency. */
  tagDocument(sentences: readonly (readonly string[])[]): NerSpan[][];
}

export const DEFAULT_NER_MODEL_PATH = fileURLToPath(new URL('../../../models/ner-conll2003.bin.gz', import.meta.url));

const loaded = new Map<string, NerModel>();

/** Wraps a tagger; `marginScale` is the margin that maps to confidence 0.5. */
export function createNerModel(tagger: NerTagger, marginScale: number): NerModel {
  return {
    tagDocument(sentences) {
      const tags = tagger.tag(sentences);
      return tags.map(({ labels, margins }) => spansFromLabels(labels).map((span) => {
        let min = Infinity;
        for (let i = span.start; i < span.end; i++) min = Math.min(min, margins[i] as number);
        const m = Math.max(0, min);
        return { start: span.start, end: span.end, label: span.type, confidence: m / (m + marginScale) };
      }));
    },
  };
}

/**
 * Loads a model file (default: the committed CoNLL-2003 model), cached per path.
 * @example loadNerModel().tagDocument([['John', 'Ordway', 'met', 'him', 'in', 'Almaty', '.']])
 */
export function loadNerModel(path: string = DEFAULT_NER_MODEL_PATH): NerModel {
  const cached = loaded.get(path);
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new UnreadableFileError(path, 'cannot read NER model', { cause });
  }
  const bundle = decodeModel(bytes, path);
  const scale = Number(bundle.meta.marginScale);
  const model = createNerModel(new NerTagger(bundle.stages, bundle.resources, Number(bundle.meta.beam ?? 1)), scale > 0 ? scale : 1);
  loaded.set(path, model);
  return model;
}
