// Keyword-in-context for entity mentions: the words around each span and its document's title,
// so a list of mentions reads without opening every document.
import type { MentionRow, Store } from '../model/index.ts';

export interface MentionInContext extends MentionRow {
  title: string | null;
  before: string;
  after: string;
}

const CONTEXT_CHARS = 70;

export async function addMentionContext(store: Store, rows: MentionRow[]): Promise<MentionInContext[]> {
  const ids = [...new Set(rows.map((r) => r.documentId))];
  const docs = new Map(await Promise.all(ids.map(async (id) => [id, await store.getDocument(id)] as const)));
  return rows.map((row) => {
    const doc = docs.get(row.documentId);
    const text = doc?.text ?? '';
    const [start, end] = row.span;
    return { ...row, title: doc?.title ?? null, before: clipStart(text.slice(Math.max(0, start - CONTEXT_CHARS), start)), after: clipEnd(text.slice(end, end + CONTEXT_CHARS)) };
  });
}

/** Cuts to whole words and one line, so the context never starts or ends mid-word. */
function clipStart(s: string): string {
  const line = s.slice(s.lastIndexOf('\n') + 1);
  return line.length === s.length && s.length === CONTEXT_CHARS ? line.replace(/^\S*\s/, '') : line;
}

function clipEnd(s: string): string {
  const nl = s.indexOf('\n');
  const line = nl < 0 ? s : s.slice(0, nl);
  return line.length === CONTEXT_CHARS ? line.replace(/\s\S*$/, '') : line;
}
