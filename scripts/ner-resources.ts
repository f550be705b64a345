// Reads the NER resource data committed under data/ner/ (gazetteers and word clusters) into the
// form the model embeds; clusters are optional so a model can be trained before they are built.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { NerResourceData } from '../src/extract/ner/resources.ts';
import { REPO_ROOT } from './conll-data.ts';

export const GAZETTEER_FILE = resolve(REPO_ROOT, 'data/ner/gazetteers.json.gz');
export const CLUSTER_FILE = resolve(REPO_ROOT, 'data/ner/clusters.tsv.gz');

export function readNerResources(): NerResourceData {
  const gazetteers = JSON.parse(gunzipSync(readFileSync(GAZETTEER_FILE)).toString('utf8')) as NerResourceData['gazetteers'];
  const clusters: NerResourceData['clusters'] = {};
  if (existsSync(CLUSTER_FILE)) {
    for (const line of gunzipSync(readFileSync(CLUSTER_FILE)).toString('utf8').split('\n')) {
      const [word, fine, medium, coarse] = line.split('\t');
      if (word && coarse !== undefined) clusters[word] = [Number(fine), Number(medium), Number(coarse)];
    }
  }
  return { gazetteers, clusters };
}
