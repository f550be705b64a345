// Word lists used by the name steps, loaded from data/lexicon/ and shaped for fast lookups.
import { readJson, readList, readSet } from './load.ts';

interface OrgWords { heads: string[]; lowerHeads: string[]; group: string[]; groupHeads: string[]; legal: string[]; bodies: string[]; groups: string[] }
interface TitleFile { titles: string[]; ranks: string[]; honorifics: string[]; postnominals: string[] }

export interface Words {
  functionWords: Set<string>;
  notEntities: Set<string>;
  demonyms: Map<string, string | null>;
  media: Set<string>;
  orgHeads: Set<string>;
  lowerHeads: string[];
  groupWords: Set<string>;
  groupHeads: Set<string>;
  /** Names that are bodies or movements on their own: "Majilis", "NATO", "Taliban". */
  bodies: Set<string>;
  groups: Set<string>;
  legal: Set<string>;
  /** Last words of titles and ranks ("minister", "lt.-general"): where a title ends. */
  titleHeads: Set<string>;
  /** Words that may precede a title head inside a title ("deputy", "defense", "prime"). */
  titleWords: Set<string>;
  ranks: Set<string>;
  /** Whole titles ("attorney general"), which are not split into a title and a rank. */
  titles: Set<string>;
  honorifics: Set<string>;
  /** Folded post-nominals ("qc", "mp", "jr"): not surnames. */
  postnominals: Set<string>;
  speechVerbs: Set<string>;
}

let loaded: Words | null = null;

export function words(): Words {
  if (loaded) return loaded;
  const org = readJson<OrgWords>('lexicon/org-words.json');
  const titles = readJson<TitleFile>('lexicon/titles.json');
  const demonyms = readJson<Record<string, string | null>>('lexicon/demonyms.json');
  delete demonyms._comment;
  const allTitles = [...titles.titles, ...titles.ranks];
  const lastWord = (t: string): string => t.split(/\s+/).at(-1)!;
  loaded = {
    functionWords: readSet('lexicon/function-words.txt', true),
    notEntities: readSet('lexicon/not-entities.txt'),
    demonyms: new Map(Object.entries(demonyms)),
    media: new Set(readList('lexicon/media.txt')),
    orgHeads: new Set(org.heads),
    lowerHeads: [...org.lowerHeads].sort((a, b) => b.length - a.length),
    groupWords: new Set(org.group),
    groupHeads: new Set(org.groupHeads),
    bodies: new Set(org.bodies),
    groups: new Set(org.groups),
    legal: new Set(org.legal),
    titleHeads: new Set(allTitles.map(lastWord)),
    titleWords: new Set(allTitles.flatMap((t) => t.split(/\s+/))),
    ranks: new Set(titles.ranks),
    titles: new Set(titles.titles),
    honorifics: new Set(titles.honorifics),
    postnominals: new Set(titles.postnominals.map((p) => p.toLowerCase().replace(/\./g, ''))),
    speechVerbs: readSet('lexicon/speech-verbs.txt', true),
  };
  return loaded;
}
