// Splits a search snippet on the server's « » match marks into plain and marked runs, so the
// page can render matches as <mark> elements without ever parsing text as HTML.

export interface SnippetRun {
  text: string;
  marked: boolean;
}

export function parseSnippet(snippet: string): SnippetRun[] {
  const runs: SnippetRun[] = [];
  let marked = false;
  let current = '';
  for (const ch of snippet) {
    if ((ch === '«' && !marked) || (ch === '»' && marked)) {
      if (current) runs.push({ text: current, marked });
      current = '';
      marked = !marked;
    } else {
      current += ch;
    }
  }
  // An unclosed « is shown as it was written rather than marking the rest of the snippet.
  if (current) runs.push(marked ? { text: `«${current}`, marked: false } : { text: current, marked });
  return runs;
}
