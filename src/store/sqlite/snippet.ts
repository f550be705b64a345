// SQLite store: search snippets cut from a capped prefix of the text. FTS5's snippet() scores every
// match against every other match of the row (quadratic: minutes on a 10 MB document repeating the
// word); here the work is bounded by SNIPPET_INPUT characters and MAX_MATCHES matches.

/** Characters of a document looked at for the snippet (the query cuts the text to this). */
export const SNIPPET_INPUT = 100_000;
const MAX_MATCHES = 64;
const BEFORE = 60;
/** Characters of text in a snippet, before the « » marks and the … ellipses. */
export const SNIPPET_LENGTH = 200;

/** The last whitespace at or before `at` and after `floor`, else `at` itself. */
function backToSpace(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i -= 1) if (/\s/u.test(text[i] ?? '')) return i + 1;
  return at;
}

/** The window [from, to) around the match that has the most distinct query tokens near it. */
function bestWindow(text: string, matches: { at: number; word: string }[]): [number, number] {
  let best = { from: 0, count: -1 };
  for (const m of matches) {
    const from = Math.max(0, m.at - BEFORE);
    const near = new Set(matches.filter((n) => n.at >= from && n.at < from + SNIPPET_LENGTH - 20).map((n) => n.word));
    if (near.size > best.count) best = { from, count: near.size };
  }
  const from = best.from === 0 ? 0 : backToSpace(text, best.from, Math.max(0, best.from - 30));
  const end = Math.min(text.length, from + SNIPPET_LENGTH);
  const to = end === text.length ? end : backToSpace(text, end, from + SNIPPET_LENGTH / 2) - 1;
  return [from, to];
}

/**
 * Text around the best cluster of matches with each match wrapped in « and »; the opening of the
 * text, unmarked, when the prefix holds no match (the match is in the title or further on).
 * @param pattern a global pattern over NFD text, from tokenPattern()
 * @param cut whether `text` is only the opening of the document
 */
export function makeSnippet(text: string, pattern: RegExp | null, cut = false): string {
  const nfd = text.slice(0, SNIPPET_INPUT).normalize('NFD');
  const matches: { at: number; word: string }[] = [];
  if (pattern) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(nfd); m && matches.length < MAX_MATCHES; m = pattern.exec(nfd)) {
      matches.push({ at: m.index, word: m[0].toLowerCase() });
    }
  }
  const [from, to] = bestWindow(nfd, matches);
  let body = nfd.slice(from, to).trim();
  if (pattern) body = body.replace(pattern, '«$&»');
  const head = from > 0 ? '…' : '';
  const tail = to < nfd.length || cut || text.length > SNIPPET_INPUT ? '…' : '';
  return `${head}${body}${tail}`.normalize('NFC');
}
