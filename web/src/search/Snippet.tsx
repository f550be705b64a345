// A search snippet with its matches as <mark>; all text goes through Preact's escaping.
import { parseSnippet } from './snippet-marks.ts';

export function Snippet({ text }: { text: string }) {
  return (
    <p class="snippet">
      {parseSnippet(text).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : run.text))}
    </p>
  );
}
