// Ingest: the title of a text without a masthead: a Markdown "# " heading or an ALL-CAPS first
// line standing alone. Ordinary first lines stay in the body: they may be the article's lede.

export interface TitleSplit {
  title: string | null;
  body: string;
}

/** @example splitTitleLine('# Arms deal\n\nText.') → { title: 'Arms deal', body: 'Text.' } */
export function splitTitleLine(text: string, format: string): TitleSplit {
  const newline = text.indexOf('\n');
  const first = (newline === -1 ? text : text.slice(0, newline)).trim();
  const rest = newline === -1 ? '' : text.slice(newline + 1);
  if (rest.trim() === '') return { title: null, body: text };
  if (format === 'md') {
    const heading = /^#\s+(.+?)\s*#*$/u.exec(first);
    if (heading?.[1]) return { title: heading[1], body: rest.trim() };
    return { title: null, body: text };
  }
  const letters = first.replace(/[^\p{L}]/gu, '');
  const standsAlone = /^\s*\n/u.test(rest);
  if (letters.length >= 4 && letters === letters.toUpperCase() && standsAlone && first.length <= 200) {
    return { title: first, body: rest.trim() };
  }
  return { title: null, body: text };
}
