/**
 * One pass over the visible text under a root: the text joined into one string, and where each
 * text node starts in it, so a match in the string maps back to the node that holds it (badges).
 * Pure DOM, no browser API: runs in the page, in happy-dom under vitest and in the CLI.
 */

/** Tag names as HTML documents report them (upper case) and as XML ones do (as written): no per-node case folding. */
function bothCases(names: string[]): ReadonlySet<string> {
  return new Set([...names, ...names.map((n) => n.toLowerCase())]);
}

/** Elements whose text a reader never sees (or that are ours). */
const SKIP = bothCases(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG']);

/**
 * Elements that end a line. A newline goes into the joined text where one starts, so cells of a
 * table row (`<td>1</td><td>2</td>`) never run together into one number, while inline markup
 * (`<b>`, `<a>`, `<mark>`) joins directly: a number split by highlighting stays one number.
 */
const BREAKS = bothCases([
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
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4 | 0x8;

const isBreak = (node: Node): boolean => node.nodeType === ELEMENT_NODE && BREAKS.has(node.nodeName);

/**
 * Walk `root` once with a TreeWalker (fast in every DOM, and no recursion on deep pages), skipping
 * script/style/textarea text and anything inside an overlay host (custom elements such as
 * `docket-margin-badge`: only names with a dash need the attribute check). No NodeFilter
 * callback: it costs a call per node, and skipped elements only ever hold text. A block boundary is seen on the way
 * in (the element is visited) and on the way out (the next node's parent is higher up: the
 * elements climbed past were left).
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

  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let prev: Node = root;
  let host: Element | null = null;
  // The last element whose text must not be read (a script's text is its child, visited next).
  let skipped: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (host) {
      if (host.contains(node)) continue;
      host = null;
    }
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      const name = node.nodeName;
      if (BREAKS.has(name)) {
        // Entering a block ends the line: no need to look at what was left before it.
        newline();
        prev = node;
        continue;
      }
      if (SKIP.has(name)) skipped = node;
      else if (name.includes('-') && (node as Element).hasAttribute(OVERLAY_MARKER)) host = node as Element;
    }
    const parent = node.parentNode;
    if (parent !== prev && !lastNewline) {
      // Left `prev` and its ancestors below `parent`: a line ends if any of them is a block.
      for (let up: Node | null = prev; up && up !== parent && up !== root; up = up.parentNode) {
        if ((up !== prev || prev.nodeType === ELEMENT_NODE) && isBreak(up)) {
          newline();
          break;
        }
      }
    }
    prev = node;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      if (parent === skipped) continue;
      const data = (node as Text).data;
      if (data.length) {
        nodes.push(node as Text);
        starts.push(length);
        chunks.push(data);
        length += data.length;
        lastNewline = data.charCodeAt(data.length - 1) === 10;
      }
    }
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
