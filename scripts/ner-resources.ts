// Reads the NER resource data committed under src/extract/ner/lexicon/ (gazetteers and word clusters) into
// the form the model embeds; clusters are optional so a model can be trained before they are built.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { NerResourceData } from '../src/extract/ner/resources.ts';
import { option, REPO_ROOT } from './conll-data.ts';

export const GAZETTEER_FILE = resolve(REPO_ROOT, 'src/extract/ner/lexicon/gazetteers.json.gz');
export const CLUSTER_FILE = resolve(REPO_ROOT, 'src/extract/ner/lexicon/clusters.tsv.gz');

/** The committed resources, or the files given by --gazetteers PATH / --clusters PATH. */
export function readNerResources(): NerResourceData {
  const gazetteerFile = resolve(option('gazetteers') ?? GAZETTEER_FILE);
  const clusterFile = resolve(option('clusters') ?? CLUSTER_FILE);
  const gazetteers = JSON.parse(gunzipSync(readFileSync(gazetteerFile)).toString('utf8')) as NerResourceData['gazetteers'];
  const clusters: NerResourceData['clusters'] = {};
  if (existsSync(clusterFile)) {
    for (const line of gunzipSync(readFileSync(clusterFile)).toString('utf8').split('\n')) {
      const [word, fine, medium, coarse] = line.split('\t');
      if (word && coarse !== undefined) clusters[word] = [Number(fine), Number(medium), Number(coarse)];
    }
  }
  return { gazetteers, clusters };
}
