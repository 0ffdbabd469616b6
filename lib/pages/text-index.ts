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
  /**
   * All visible text, block boundaries as `\n`. In a sparse index (see TextIndexOptions), blocks
   * past the first `exactChars` that cannot hold a case number are their raw textContent instead:
   * no line breaks inside them, and the text of any script in them included.
   */
  text: string;
  /**
   * The pieces of `text` in document order, and the offset where each begins: a text node, or an
   * element read whole (inline markup with no block, skipped element or overlay host inside),
   * whose text nodes are found only when a match needs one (nodeAt).
   */
  parts: Node[];
  starts: number[];
  /**
   * Where the blocks taken whole sit in `text` (flat, sorted: start0, end0, …): ranges already
   * tested to hold no case number, which the finder need not search. Empty in an exact index.
   */
  taken: number[];
}

/**
 * A sparse index reads most of a large page without looking inside its blocks: a block (a docket
 * row, a paragraph, a list item) in whose textContent `firstCandidate` finds nothing is taken
 * whole, one native read instead of a visit to each cell, link and script in it. Its text then
 * holds no case number (a number's candidate characters are in the textContent of the block that
 * prints it), and nothing in it is shown to the user: only its length matters, to map later
 * offsets to nodes. The text before a block that may hold one is made exact again when it was
 * taken whole within `CONTEXT_CHARS` (a label's words, or a denial like "Doc", reach back across
 * line breaks), by reading it again node by node: what a number's scan sees around it is what the
 * exact index has. A block that may hold one is read first, and the blocks before it again only if
 * its first candidate is within CONTEXT_CHARS of its start (a docket row's number is usually
 * further in).
 */
export interface TextIndexOptions {
  /**
   * Where the first character that may belong to a case number is in `text`, or -1 when it holds
   * none for sure (a cheap over-approximation).
   */
  firstCandidate?: (text: string) => number;
  /** Text read exactly from the start before blocks are taken whole (headers, titles). */
  exactChars?: number;
}

/**
 * How far back from a block that may hold a number the text must be exact: labelBefore reads at
 * most three words of 24 letters with gaps of 3 (81 characters) before a number, which starts at
 * most CANDIDATE_LEAD (6) before its candidate; a header label ("Bankruptcy Petition #:", under 30
 * characters) may sit before its number with whitespace between. Checked on every corpus page.
 */
export const CONTEXT_CHARS = 160;
/** Blocks that may be taken whole: a row is the unit in a table, not its cells. */
const TAKEN_WHOLE = new Set([...BREAKS].filter((name) => !CONTAINERS.has(name) && !/^t[dh]$/i.test(name)).concat(['TR', 'tr']));
/** Parents whose text children are whitespace in a parsed HTML table. */
const ROW_GROUPS = bothCases(['TBODY', 'THEAD', 'TFOOT']);
/** Blocks are taken whole only among this many siblings or more (rows, items): not a wrapper holding the page. */
const MIN_SIBLINGS = 8;

/** A block taken whole, and the walk's state just before it (to read it again exactly). */
interface Taken {
  node: Node;
  end: number;
  length: number;
  parts: number;
  lastNewline: boolean;
  leftBlock: boolean;
  skipped: Node | null;
  /** The open elements (shared between blocks taken under the same parent: never changed). */
  stack: Stack;
}

interface Stack {
  open: Node[];
  openBlocks: boolean[];
  openWide: boolean[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;

/** indexText in one go (TextIndexer run to the end). */
export function indexText(root: Node, options: TextIndexOptions = {}): TextIndex {
  const indexer = new TextIndexer(root, options);
  indexer.run(() => false);
  return indexer.index();
}

/** How many nodes the indexer visits between two looks at `shouldStop` (a clock read costs more than a node). */
const NODES_PER_CHECK = 128;

/**
 * indexText in pieces: `run` walks until `shouldStop` says so (checked every hundred nodes or so),
 * and a later `run` goes on from there, so a content script can give the page its main thread
 * back between pieces. The text so far is a prefix of what indexText returns for the same DOM,
 * except, in a sparse index, its last CONTEXT_CHARS past `exactChars`, which may still be read
 * again exactly (never the head, which is exact).
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
  /** Whether each open element has MIN_SIBLINGS element children or more. */
  private readonly openWide: boolean[] = [];
  private readonly rootWide: boolean;
  private readonly firstCandidate: ((text: string) => number) | null;
  private readonly exactChars: number;
  /** Blocks taken whole that end within CONTEXT_CHARS of the text's end. */
  private taken: Taken[] = [];
  /** Reading again exactly up to this node (the one that may hold a number): nothing is taken whole. */
  private exactUntil: Node | null = null;
  /**
   * A block that may hold a number, read exactly after blocks taken whole: whether those must be
   * read again is settled when it ends (settle).
   */
  private pending: { node: Node; start: number; taken: Taken[] } | null = null;
  /** A copy of the open elements, kept while they do not change (rows of one table share it). */
  private stack: Stack | null = null;
  /** The text ranges of the blocks taken whole (TextIndex.taken). */
  private readonly takenRanges: number[] = [];

  constructor(private readonly root: Node, options: TextIndexOptions = {}) {
    this.next = root.firstChild;
    this.finished = this.next === null;
    this.firstCandidate = options.firstCandidate ?? null;
    this.exactChars = options.exactChars ?? 0;
    this.rootWide = (root as Element).childElementCount >= MIN_SIBLINGS;
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

  /** Drop the text after `length` (joined pieces and pending chunks alike). */
  private truncate(length: number): void {
    let total = this.length;
    for (const list of [this.chunks, this.pieces]) {
      while (list.length && total > length) {
        const last = list.pop()!;
        total -= last.length;
        if (total < length) {
          list.push(last.slice(0, length - total));
          total = length;
        }
      }
    }
    this.length = length;
    this.joined = null;
    const ranges = this.takenRanges;
    while (ranges.length && ranges[ranges.length - 2]! >= length) ranges.length -= 2;
  }

  /**
   * Before reading `node`, which may hold a number: when blocks were taken whole just before it,
   * go back to the first of them and read on exactly up to `node`. Returns the node to visit next.
   */
  private exactContext(node: Node): Node {
    const taken = this.takeRecent();
    return taken.length ? this.rollBack(taken[0]!, node) : node;
  }

  /** The blocks taken whole that end within CONTEXT_CHARS of the text's end, handed over (the list starts anew). */
  private takeRecent(): Taken[] {
    this.pruneTaken();
    const taken = this.taken;
    if (taken.length) this.taken = [];
    return taken;
  }

  /** Forget the blocks taken whole too far back to matter as context. */
  private pruneTaken(): void {
    const taken = this.taken;
    while (taken.length && this.length - taken[0]!.end > CONTEXT_CHARS) taken.shift();
  }

  /** exactContext for a text or inline node about to be read, if its text may hold a number. */
  private contextFor(node: Node, data: string): Node {
    return this.taken.length && this.firstCandidate!(data) >= 0 ? this.exactContext(node) : node;
  }

  /** The last `n` characters of the text so far. */
  private tail(n: number): string {
    const got: string[] = [];
    for (const list of [this.chunks, this.pieces]) {
      for (let i = list.length - 1; i >= 0 && n > 0; i--) {
        const s = list[i]!;
        got.push(s.length <= n ? s : s.slice(s.length - n));
        n -= s.length;
      }
    }
    return got.reverse().join('');
  }

  /**
   * The pending block has been read: if its first candidate is near its start, the blocks taken
   * whole before it are read again (returns where to go on from); else nothing more to do (null).
   */
  private settle(): Node | null {
    const pending = this.pending!;
    this.pending = null;
    const text = this.tail(this.length - pending.start);
    const at = this.firstCandidate!(text);
    if (at < 0 || at >= CONTEXT_CHARS) return null;
    return this.rollBack(pending.taken[0]!, pending.node);
  }

  /** Back to the state before `back` was taken whole, to read on exactly up to `until`. */
  private rollBack(back: Taken, until: Node): Node {
    this.truncate(back.length);
    this.parts.length = back.parts;
    this.starts.length = back.parts;
    this.lastNewline = back.lastNewline;
    this.leftBlock = back.leftBlock;
    this.skipped = back.skipped;
    this.open.length = 0;
    this.open.push(...back.stack.open);
    this.openBlocks.length = 0;
    this.openBlocks.push(...back.stack.openBlocks);
    this.openWide.length = 0;
    this.openWide.push(...back.stack.openWide);
    this.stack = null;
    this.exactUntil = until;
    return back.node;
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
    const { root, open, openBlocks, openWide } = this;
    const firstCandidate = this.firstCandidate;
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
      if (node === this.exactUntil) this.exactUntil = null;
      // Past the exact head, outside a re-read: blocks may be taken whole, and anything that may
      // hold a number first makes the text before it exact.
      const sparse = firstCandidate !== null && this.exactUntil === null && this.pending === null && this.length >= this.exactChars;
      const type = node.nodeType;
      // Whether to go into the node's children, and whether it is a block.
      let descend = false;
      let block = false;
      if (type === ELEMENT_NODE) {
        const el = node as Element;
        const name = el.nodeName;
        if (BREAKS.has(name)) {
          let data: string | null = null;
          if (sparse && TAKEN_WHOLE.has(name) && (open.length ? openWide[openWide.length - 1]! : this.rootWide)) {
            data = el.textContent ?? '';
            const hit = firstCandidate(data);
            if (hit < 0) {
              this.takeWhole(el, data);
              // Between table rows the parser leaves only whitespace (it moves any text out of a
              // table): stepping over it saves a node visit per row. A re-read sees it again.
              node = ROW_GROUPS.has(parent.nodeName) ? el.nextElementSibling ?? this.after(node) : this.after(node);
              parent = open.length ? open[open.length - 1]! : root;
              continue;
            }
            const taken = this.takeRecent();
            if (taken.length) {
              if (hit < CONTEXT_CHARS) {
                // Near the start in the raw text: surely needs the text before it exact (reading
                // the block first would only read it twice).
                node = this.rollBack(taken[0]!, node);
                parent = open.length ? open[open.length - 1]! : root;
                continue;
              }
              // Further in: whether the text before matters is known once the block is read (its
              // exact text lacks the raw text's scripts, so the number may be nearer the start).
              this.pending = { node, start: 0, taken };
            }
          }
          if (this.leftBlock) {
            this.leftBlock = false;
            this.newline();
          }
          // Entering a block ends the line.
          this.newline();
          block = true;
          if (this.pending?.node === node) this.pending.start = this.length;
          if (el.childElementCount === 0 || (!CONTAINERS.has(name) && this.onlyInline(el))) {
            data ??= el.textContent ?? '';
            if (data.length) this.add(el, data);
            this.leftBlock = true;
            if (this.pending?.node === node) {
              const resume = this.settle();
              if (resume) {
                node = resume;
                parent = open.length ? open[open.length - 1]! : root;
                continue;
              }
            }
          } else descend = true;
        } else {
          if (this.leftBlock) {
            this.leftBlock = false;
            this.newline();
          }
          if (SKIP.has(name)) {
            this.skipped = el;
            // Its own text is skipped; elements inside it (object fallback) are read.
            descend = el.childElementCount > 0;
          } else if (name.includes('-') && el.hasAttribute(OVERLAY_MARKER)) {
            // An overlay host: nothing inside it is the page's.
          } else if (el.childElementCount === 0 || this.onlyInline(el)) {
            // Inline markup around text only (a link, italics): one native read instead of a node each.
            const data = el.textContent ?? '';
            const resume = sparse ? this.contextFor(node, data) : node;
            if (resume !== node) {
              node = resume;
              parent = open.length ? open[open.length - 1]! : root;
              continue;
            }
            if (data.length) this.add(el, data);
          } else descend = true;
        }
      } else {
        if (this.leftBlock) {
          this.leftBlock = false;
          this.newline();
        }
        if ((type === TEXT_NODE || type === CDATA_NODE) && parent !== this.skipped) {
          const data = (node as Text).data;
          const resume = sparse ? this.contextFor(node, data) : node;
          if (resume !== node) {
            node = resume;
            parent = open.length ? open[open.length - 1]! : root;
            continue;
          }
          if (data.length) this.add(node, data);
        }
      }
      // The next node in document order; the elements left on the way (a line ends after a block).
      if (descend) {
        open.push(node);
        openBlocks.push(block);
        openWide.push((node as Element).childElementCount >= MIN_SIBLINGS);
        this.stack = null;
        parent = node;
        node = node.firstChild;
      } else {
        node = this.after(node);
        parent = open.length ? open[open.length - 1]! : root;
      }
    }
    this.next = null;
    this.finished = true;
    return true;
  }

  /** The next node after `node` and its subtree, leaving the elements finished on the way. */
  private after(node: Node): Node | null {
    const { open, openBlocks, openWide } = this;
    let next = node.nextSibling;
    while (!next && open.length) {
      const up = open.pop()!;
      this.stack = null;
      openWide.pop();
      if (openBlocks.pop()) this.leftBlock = true;
      if (up === this.pending?.node) {
        const resume = this.settle();
        if (resume) return resume;
      }
      next = up.nextSibling;
    }
    return next;
  }

  /** Take a block whole (its textContent), remembering how to read it again exactly. */
  private takeWhole(el: Element, data: string): void {
    const state: Taken = {
      node: el,
      end: 0,
      length: this.length,
      parts: this.parts.length,
      lastNewline: this.lastNewline,
      leftBlock: this.leftBlock,
      skipped: this.skipped,
      stack: (this.stack ??= { open: this.open.slice(), openBlocks: this.openBlocks.slice(), openWide: this.openWide.slice() }),
    };
    if (this.leftBlock) {
      this.leftBlock = false;
      this.newline();
    }
    this.newline();
    if (data.length) {
      this.takenRanges.push(this.length, this.length + data.length);
      this.add(el, data);
    }
    this.leftBlock = true;
    state.end = this.length;
    this.pruneTaken();
    this.taken.push(state);
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
    const taken = this.finished ? this.takenRanges : this.takenRanges.slice();
    this.joined = { root: this.root, text, parts, starts, taken };
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
