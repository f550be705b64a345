// Ingest: plain text from an HTML tree, one paragraph per block element, for Readability's
// article content and for feed items whose bodies are HTML fragments.

import { parseHTML } from 'linkedom';

/** The part of a DOM node this walker reads; linkedom's nodes satisfy it. */
interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collect(node: TextNode, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push((node.textContent ?? '').replace(/\s+/gu, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  if (SKIPPED.has(node.nodeName)) return;
  if (node.nodeName === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCKS.has(node.nodeName);
  if (block) out.push('\n\n');
  for (let i = 0; i < node.childNodes.length; i += 1) {
    const child = node.childNodes[i];
    if (child) collect(child, out);
  }
  if (block) out.push('\n\n');
}

/** Text of a DOM subtree with blank lines between blocks and single spaces inside them. */
export function nodeToText(node: TextNode): string {
  const out: string[] = [];
  collect(node, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Text of an HTML fragment ("<p>One</p><p>Two</p>" → "One\n\nTwo"). */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as TextNode);
}
