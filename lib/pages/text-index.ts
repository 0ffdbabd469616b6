/**
 * One pass over the visible text under a root: the text joined into one string, and where each
 * piece of it starts, so a match in the string maps back to the text node that holds it (badges).
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

/** Any element that is not plain inline markup (a conservative test: unknown names count). */
const NOT_INLINE = ':not(a,i,b,font,span,em,strong,u,small,big,sup,sub,mark,abbr,code,tt,s,strike,del,ins,cite,q,dfn,kbd,samp,var,bdi,bdo,time,data,label,nobr,wbr,img)';
/** Blocks whose children are blocks: no use asking. */
const CONTAINERS = new Set(['TR', 'TBODY', 'THEAD', 'TABLE', 'UL', 'OL', 'DL', 'SELECT', 'BODY', 'tr', 'tbody', 'thead', 'table', 'ul', 'ol', 'dl', 'select', 'body']);

export interface TextIndex {
  root: Node;
  /** All visible text, block boundaries as `\n`. */
  text: string;
  /**
   * The pieces of `text` in document order, and the offset where each begins: a text node, or an
   * element read whole (inline markup with no block, skipped element or overlay host inside),
   * whose text nodes are found only when a match needs one (nodeAt).
   */
  parts: Node[];
  starts: number[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;

/** indexText in one go (TextIndexer run to the end). */
export function indexText(root: Node): TextIndex {
  const indexer = new TextIndexer(root);
  indexer.run(() => false);
  return indexer.index();
}

/** How many nodes the indexer visits between two looks at `shouldStop` (a clock read costs more than a node). */
const NODES_PER_CHECK = 128;

/**
 * indexText in pieces: `run` walks until `shouldStop` says so (checked every hundred nodes or so),
 * and a later `run` goes on from there, so a content script can give the page its main thread
 * back between pieces. The text so far is a prefix of what indexText returns for the same DOM.
 *
 * Why not a TreeWalker over every node: each node script touches costs a wrapper object the
 * first time (more in a content script's isolated world), and on a 3.7 MB docket (~70,000 nodes)
 * that, not the text, is most of the time. So an element with only inline markup inside (a date
 * cell; a cell of docket text with its links and italics) is read whole with `textContent`,
 * exactly its text nodes joined, and its text nodes are looked up only for the few matches that
 * need one (nodeAt). Whether it holds only inline markup is one native query for anything not on
 * a list of inline names (anything unknown counts as a block: reading it node by node is always
 * right); a query for the block names themselves was measured slower than walking.
 * The ancestors are kept on a stack rather than read back from the DOM.
 *
 * The walk goes depth first without recursion (deep pages). A line ends on entering a block, and
 * on leaving one, before the next node is visited (so never at the very end).
 */
export class TextIndexer {
  /** Text of the current piece, part by part; `pieces` holds each finished piece joined. */
  private readonly chunks: string[] = [];
  private readonly pieces: string[] = [];
  private readonly parts: Node[] = [];
  private readonly starts: number[] = [];
  /** The elements the walk is inside (below the root), and which of them are blocks. */
  private readonly open: Node[] = [];
  private readonly openBlocks: boolean[] = [];
  private length = 0;
  private lastNewline = true;
  /** A block was left: a line ends before the next node. */
  private leftBlock = false;
  /** The next node to visit (null: done). */
  private next: Node | null;
  // The last element whose text must not be read (its own text children are skipped).
  private skipped: Node | null = null;
  private finished = false;
  private noQuery = false;
  private lastFound: Element | null = null;
  private joined: TextIndex | null = null;

  constructor(private readonly root: Node) {
    this.next = root.firstChild;
    this.finished = this.next === null;
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

  private add(part: Node, data: string): void {
    this.parts.push(part);
    this.starts.push(this.length);
    this.chunks.push(data);
    this.length += data.length;
    this.lastNewline = data.charCodeAt(data.length - 1) === 10;
  }

  /**
   * Is everything inside `el` plain inline markup (so its textContent is its text)? One native
   * query; a DOM whose query recurses (happy-dom) may run out of stack on a very deep page, and
   * then the walk just goes into every element, which reads the same text.
   */
  private onlyInline(el: Element): boolean {
    if (this.noQuery) return false;
    // An element holding the last one found needs no query (nested inline markup stays linear).
    const last = this.lastFound;
    if (last && last !== el && el.contains(last)) return false;
    try {
      const found = el.querySelector(NOT_INLINE);
      if (found) this.lastFound = found;
      return found === null;
    } catch {
      this.noQuery = true;
      return false;
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
    const { root, open, openBlocks } = this;
    let budget = NODES_PER_CHECK;
    let node = this.next;
    let parent = open.length ? open[open.length - 1]! : root;
    while (node) {
      if (--budget === 0) {
        if (shouldStop()) {
          this.next = node;
          return false;
        }
        budget = NODES_PER_CHECK;
      }
      if (this.leftBlock) {
        this.leftBlock = false;
        this.newline();
      }
      const type = node.nodeType;
      // Whether to go into the node's children, and whether it is a block.
      let descend = false;
      let block = false;
      if (type === ELEMENT_NODE) {
        const el = node as Element;
        const name = el.nodeName;
        if (BREAKS.has(name)) {
          // Entering a block ends the line.
          this.newline();
          block = true;
          if (el.childElementCount === 0 || (!CONTAINERS.has(name) && this.onlyInline(el))) {
            const data = el.textContent ?? '';
            if (data.length) this.add(el, data);
            this.leftBlock = true;
          } else descend = true;
        } else if (SKIP.has(name)) {
          this.skipped = el;
          // Its own text is skipped; elements inside it (object fallback) are read.
          descend = el.childElementCount > 0;
        } else if (name.includes('-') && el.hasAttribute(OVERLAY_MARKER)) {
          // An overlay host: nothing inside it is the page's.
        } else if (el.childElementCount === 0 || this.onlyInline(el)) {
          // Inline markup around text only (a link, italics): one native read instead of a node each.
          const data = el.textContent ?? '';
          if (data.length) this.add(el, data);
        } else descend = true;
      } else if ((type === TEXT_NODE || type === CDATA_NODE) && parent !== this.skipped) {
        const data = (node as Text).data;
        if (data.length) this.add(node, data);
      }
      // The next node in document order; the elements left on the way (a line ends after a block).
      let next: Node | null = null;
      if (descend) {
        open.push(node);
        openBlocks.push(block);
        parent = node;
        next = node.firstChild;
      } else {
        next = node.nextSibling;
        while (!next && open.length) {
          const up = open.pop()!;
          if (openBlocks.pop()) this.leftBlock = true;
          next = up.nextSibling;
        }
        parent = open.length ? open[open.length - 1]! : root;
      }
      node = next;
    }
    this.next = null;
    this.finished = true;
    return true;
  }

  /** The index of the text walked so far (all of it once `done`). */
  index(): TextIndex {
    if (this.joined && this.joined.text.length === this.length && (this.joined.parts === this.parts || !this.finished)) return this.joined;
    if (this.chunks.length) {
      this.pieces.push(this.chunks.join(''));
      this.chunks.length = 0;
    }
    const text = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    this.pieces.length = 0;
    this.pieces.push(text);
    // A partial index gets copies: the walk goes on appending to the arrays.
    const parts = this.finished ? this.parts : this.parts.slice();
    const starts = this.finished ? this.starts : this.starts.slice();
    this.joined = { root: this.root, text, parts, starts };
    return this.joined;
  }
}

/** Index of the part holding offset `at` (the last part starting at or before it). */
function partAt(index: TextIndex, at: number): number {
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

/**
 * The text node holding offset `at` of the index's text (the last non-empty one starting at or
 * before it), and the offset where that node begins; null when the index has no text there.
 */
export function nodeAt(index: TextIndex, at: number): { node: Text; start: number } | null {
  const i = partAt(index, at);
  const part = index.parts[i];
  if (!part) return null;
  const start = index.starts[i]!;
  if (part.nodeType !== ELEMENT_NODE) return { node: part as Text, start };
  // An element read whole: its text nodes, as textContent joined them.
  const doc = part.ownerDocument!;
  const walker = doc.createTreeWalker(part, SHOW_TEXT_AND_CDATA);
  let found: { node: Text; start: number } | null = null;
  let offset = start;
  for (let n = walker.nextNode(); n && offset <= at; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (!data.length) continue;
    found = { node: n as Text, start: offset };
    offset += data.length;
  }
  return found;
}
