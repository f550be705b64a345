// A loaded NER model: resources + one or two weight stages + a word cache. The second stage re-tags
// each document reading the first stage's labels of the whole document (document-level consistency).

import { documentCasing, documentContexts, documentTopic, extractSentenceFeatures, type SentenceFeatures } from './features.ts';
import { buildResources, type NerResourceData, type NerResources } from './resources.ts';
import { tagDocument } from './beam.ts';
import { firstPassOf, type SentenceTags, type Weights } from './tagger.ts';
import { WordInfoCache } from './word-info.ts';

export class NerTagger {
  readonly resources: NerResources;
  private readonly cache: WordInfoCache;

  /** `stages` share one feature space (bits); stage 2, if present, reads stage 1's labels. */
  constructor(readonly stages: readonly Weights[], resourceData: NerResourceData, readonly beam = 1) {
    if (stages.length < 1 || stages.length > 2 || stages.some((w) => w.bits !== stages[0]?.bits)) {
      throw new RangeError('NerTagger needs one or two weight stages of the same size');
    }
    this.resources = buildResources(resourceData);
    this.cache = new WordInfoCache(this.resources);
  }

  /** Static features of every sentence of a document (casing is read across the document). */
  documentFeatures(sentences: readonly (readonly string[])[]): SentenceFeatures[] {
    const infos = sentences.map((tokens) => tokens.map((t) => this.cache.get(t)));
    const casing = documentCasing(infos);
    const topic = documentTopic(infos);
    const contexts = documentContexts(infos);
    const first = this.stages[0] as Weights;
    const space = { bits: first.bits, labels: first.labels };
    return infos.map((sentence) => extractSentenceFeatures(sentence, this.resources, { casing, contexts, topic, space }));
  }

  /** BILOU labels and margins per sentence of a document, from already extracted features. */
  tagFeatures(feats: readonly SentenceFeatures[]): SentenceTags[] {
    const pass1 = tagDocument(this.stages[0] as Weights, feats, this.beam);
    const second = this.stages[1];
    if (second === undefined) return pass1;
    return tagDocument(second, feats, this.beam, { first: firstPassOf(feats, pass1.map((t) => t.labels)) });
  }

  /** BILOU labels and margins per sentence of a document. */
  tag(sentences: readonly (readonly string[])[]): SentenceTags[] {
    return this.tagFeatures(this.documentFeatures(sentences));
  }
}
