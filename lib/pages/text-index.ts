/**
 * One pass over the visible text under a root: the text joined into one string, and where each
 * text node starts in it, so a match in the string maps back to the node that holds it (badges).
 * Pure DOM, no browser API: runs in the page, in happy-dom under vitest and in the CLI.
 */

/** Elements whose text a reader never sees (or that are ours). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG']);

/**
 * Elements that end a line. A newline goes into the joined text where one starts, so cells of a
 * table row (`<td>1</td><td>2</td>`) never run together into one number, while inline markup
 * (`<b>`, `<a>`, `<mark>`) joins directly: a number split by highlighting stays one number.
 */
const BREAKS = new Set([
  'BR', 'TD', 'TH', 'TR', 'TABLE', 'TBODY', 'THEAD', 'DIV', 'P', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HGROUP', 'CENTER', 'HR', 'FORM', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'NAV', 'MAIN', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'OPTION', 'SELECT', 'BODY',
  'CAPTION', 'FIELDSET', 'LEGEND', 'ADDRESS', 'FIGURE', 'FIGCAPTION',
]);

export const OVERLAY_MARKER = 'data-docket-margin';

export interface TextIndex {
  root: Node;
  /** All visible text, block boundaries as `\n`. */
  text: string;
  /** Text nodes in document order, and the offset in `text` where each begins. */
  nodes: Text[];
  starts: number[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/**
 * Walk `root` once (iteratively: deep court pages must not overflow the stack), skipping
 * script/style/textarea and anything inside an overlay host.
 */
export function indexText(root: Node): TextIndex {
  const chunks: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastNewline = true;

  const newline = (): void => {
    if (!lastNewline) {
      chunks.push('\n');
      length += 1;
      lastNewline = true;
    }
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const data = (node as Text).data;
      if (data.length) {
        nodes.push(node as Text);
        starts.push(length);
        chunks.push(data);
        length += data.length;
        lastNewline = data.charCodeAt(data.length - 1) === 10;
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const name = el.nodeName.toUpperCase();
      if (!SKIP.has(name) && !el.hasAttribute(OVERLAY_MARKER)) {
        if (BREAKS.has(name)) newline();
        descend = el.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next in document order: a sibling, or the sibling of the nearest ancestor that has one.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE && BREAKS.has(node.nodeName.toUpperCase())) newline();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { root, text: chunks.join(''), nodes, starts };
}

/** Index of the text node holding offset `at` (the last node starting at or before it). */
export function nodeAt(index: TextIndex, at: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
