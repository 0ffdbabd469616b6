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
  const indexer = new TextIndexer(root);
  indexer.run(() => false);
  return indexer.index();
}

/** How many nodes the indexer walks between two looks at `shouldStop` (a clock read costs more than a node). */
const NODES_PER_CHECK = 512;

/**
 * indexText in pieces: `run` walks until `shouldStop` says so (checked every few hundred nodes),
 * and a later `run` goes on from there, so a content script can give the page its main thread
 * back between pieces. The text so far is a prefix of what indexText returns for the same DOM.
 */
export class TextIndexer {
  /** Text of the current piece, node by node; `pieces` holds each finished piece joined. */
  private readonly chunks: string[] = [];
  private readonly pieces: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private length = 0;
  private lastNewline = true;
  private readonly walker: TreeWalker;
  private prev: Node;
  private host: Element | null = null;
  // The last element whose text must not be read (a script's text is its child, visited next).
  private skipped: Node | null = null;
  private finished = false;
  private joined: TextIndex | null = null;

  constructor(private readonly root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    this.prev = root;
  }

  get done(): boolean {
    return this.finished;
  }

  /** Characters of text indexed so far. */
  get textLength(): number {
    return this.length;
  }

  private newline(): void {
    if (!this.lastNewline) {
      this.chunks.push('\n');
      this.length += 1;
      this.lastNewline = true;
    }
  }

  /** Walk on until the end of the tree (true) or until `shouldStop` answers true (false). */
  run(shouldStop: () => boolean): boolean {
    try {
      return this.walk(shouldStop);
    } finally {
      // Join what this piece read: joining a whole large page at once is a long task of its own.
      if (this.chunks.length) {
        this.pieces.push(this.chunks.join(''));
        this.chunks.length = 0;
      }
    }
  }

  private walk(shouldStop: () => boolean): boolean {
    const { walker, root } = this;
    let budget = NODES_PER_CHECK;
    while (!this.finished) {
      if (--budget === 0) {
        if (shouldStop()) return false;
        budget = NODES_PER_CHECK;
      }
      const node = walker.nextNode();
      if (!node) {
        this.finished = true;
        break;
      }
      if (this.host) {
        if (this.host.contains(node)) continue;
        this.host = null;
      }
      const type = node.nodeType;
      if (type === ELEMENT_NODE) {
        const name = node.nodeName;
        if (BREAKS.has(name)) {
          // Entering a block ends the line: no need to look at what was left before it.
          this.newline();
          this.prev = node;
          continue;
        }
        if (SKIP.has(name)) this.skipped = node;
        else if (name.includes('-') && (node as Element).hasAttribute(OVERLAY_MARKER)) this.host = node as Element;
      }
      const parent = node.parentNode;
      const prev = this.prev;
      if (parent !== prev && !this.lastNewline) {
        // Left `prev` and its ancestors below `parent`: a line ends if any of them is a block.
        for (let up: Node | null = prev; up && up !== parent && up !== root; up = up.parentNode) {
          if ((up !== prev || prev.nodeType === ELEMENT_NODE) && isBreak(up)) {
            this.newline();
            break;
          }
        }
      }
      this.prev = node;
      if (type === TEXT_NODE || type === CDATA_NODE) {
        if (parent === this.skipped) continue;
        const data = (node as Text).data;
        if (data.length) {
          this.nodes.push(node as Text);
          this.starts.push(this.length);
          this.chunks.push(data);
          this.length += data.length;
          this.lastNewline = data.charCodeAt(data.length - 1) === 10;
        }
      }
    }
    return true;
  }

  /** The index of the text walked so far (all of it once `done`). */
  index(): TextIndex {
    if (this.joined && this.joined.text.length === this.length && (this.joined.nodes === this.nodes || !this.finished)) return this.joined;
    if (this.chunks.length) {
      this.pieces.push(this.chunks.join(''));
      this.chunks.length = 0;
    }
    const text = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    this.pieces.length = 0;
    this.pieces.push(text);
    // A partial index gets copies: the walk goes on appending to the arrays.
    const nodes = this.finished ? this.nodes : this.nodes.slice();
    const starts = this.finished ? this.starts : this.starts.slice();
    this.joined = { root: this.root, text, nodes, starts };
    return this.joined;
  }
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
