// A loaded NER model: resources + weights + a word cache. Turns documents (token arrays per sentence)
// into BIO labels with per-token margins, computing the static features sentence by sentence.

import { documentCasing, extractSentenceFeatures, type SentenceFeatures } from './features.ts';
import { buildResources, type NerResourceData, type NerResources } from './resources.ts';
import { tagDocumentFeatures, type SentenceTags, type Weights } from './tagger.ts';
import { WordInfoCache } from './word-info.ts';

export class NerTagger {
  readonly resources: NerResources;
  private readonly cache: WordInfoCache;

  constructor(readonly weights: Weights, resourceData: NerResourceData) {
    this.resources = buildResources(resourceData);
    this.cache = new WordInfoCache(this.resources);
  }

  /** Static features of every sentence of a document (casing is read across the document). */
  documentFeatures(sentences: readonly (readonly string[])[]): SentenceFeatures[] {
    const infos = sentences.map((tokens) => tokens.map((t) => this.cache.get(t)));
    const casing = documentCasing(infos);
    const space = { bits: this.weights.bits, labels: this.weights.labels };
    return sentences.map((tokens) => extractSentenceFeatures(tokens, this.cache, this.resources, { casing, space }));
  }

  /** BIO labels and margins per sentence of a document. */
  tag(sentences: readonly (readonly string[])[]): SentenceTags[] {
    return tagDocumentFeatures(this.weights, this.documentFeatures(sentences));
  }
}
