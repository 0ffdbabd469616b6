/**
 * The text index reads some elements whole (textContent) instead of node by node, for speed in
 * the content script. Here it is held to the plainest reading there is: a walk over every node,
 * the definition the index had before (line ends at blocks, script/style text and overlay hosts
 * skipped). Same text and, at every offset, the same text node, on every corpus page, on random
 * court-like pages and on the odd cases (text changed by script, object fallback, XML).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexText, nodeAt, OVERLAY_MARKER } from '../../lib/pages/text-index';
import { parseHtml, type ParsedPage } from '../../scripts/scan';
import { CORPUS_SKIP_MESSAGE, corpusDir } from '../corpus';
import { mulberry32 } from '../seeded-random';

const both = (names: string): Set<string> => new Set(names.split(' ').flatMap((n) => [n, n.toLowerCase()]));
const SKIP = both('SCRIPT STYLE TEXTAREA NOSCRIPT TEMPLATE HEAD IFRAME OBJECT SVG');
const BREAKS = both(
  'BR TD TH TR TABLE TBODY THEAD DIV P LI UL OL DL DT DD H1 H2 H3 H4 H5 H6 HGROUP CENTER HR FORM SECTION ARTICLE HEADER FOOTER NAV MAIN ASIDE BLOCKQUOTE PRE OPTION SELECT BODY CAPTION FIELDSET LEGEND ADDRESS FIGURE FIGCAPTION',
);

/** Every node in document order; the reference the index must equal. */
function referenceWalk(root: Node): { text: string; nodes: Text[]; starts: number[] } {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1 | 0x4 | 0x8);
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  // (A flag, not text.endsWith: that would flatten the growing string at every block.)
  let atLineStart = true;
  const newline = (): void => {
    if (!atLineStart) text += '\n';
    atLineStart = true;
  };
  let prev: Node = root;
  let host: Element | null = null;
  let skipped: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (host?.contains(node)) continue;
    host = null;
    if (node.nodeType === 1 && BREAKS.has(node.nodeName)) {
      newline();
      prev = node;
      continue;
    }
    if (node.nodeType === 1 && SKIP.has(node.nodeName)) skipped = node;
    else if (node.nodeType === 1 && node.nodeName.includes('-') && (node as Element).hasAttribute(OVERLAY_MARKER)) host = node as Element;
    // Leaving a block (the walk climbed past it) ends the line too.
    for (let up: Node | null = prev; up && up !== node.parentNode && up !== root; up = up.parentNode) {
      if ((up !== prev || prev.nodeType === 1) && up.nodeType === 1 && BREAKS.has(up.nodeName)) newline();
    }
    prev = node;
    if (node.nodeType !== 1 && node.parentNode !== skipped && (node as Text).data.length) {
      nodes.push(node as Text);
      starts.push(text.length);
      text += (node as Text).data;
      atLineStart = (node as Text).data.endsWith('\n');
    }
  }
  return { text, nodes, starts };
}

/** Same text, and the same node at the first and last offset of every node (every offset with `everyOffset`). */
function expectSameAsReference(root: Node, label: string, everyOffset = true): void {
  const ref = referenceWalk(root);
  const index = indexText(root);
  expect(index.text, label).toBe(ref.text);
  const check = (at: number, r: number): void => {
    const hit = nodeAt(index, at);
    expect(hit?.node === ref.nodes[r], `${label} @${at}`).toBe(true);
    expect(hit?.start, `${label} @${at}`).toBe(ref.starts[r]);
  };
  ref.nodes.forEach((node, r) => {
    const start = ref.starts[r]!;
    if (everyOffset) for (let at = start; at < start + node.data.length; at++) check(at, r);
    else {
      check(start, r);
      check(start + node.data.length - 1, r);
    }
  });
}

const opened: ParsedPage[] = [];
const page = (html: string): ParsedPage => {
  const p = parseHtml(html, 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1');
  opened.push(p);
  return p;
};
afterAll(() => {
  for (const p of opened) p.close();
});

describe('indexText against a walk over every node', () => {
  it('reads the odd cases the same way', () => {
    const cases = [
      '<p>a</p><img>',
      '<p>a</p>',
      '<table><tr><td>12/03/2009</td><td>&nbsp;</td><td><a href="x">2968</a><script>DocLink("x")</script></td><td>Motion <i>(Eighth)</i> of <a>1:21-cv-00001</a> filed</td></tr>\n</table>',
      '<object>fallback <b>4:21-cv-02632</b><script>x</script> after</object>tail',
      '<span>a<docket-margin-badge data-docket-margin="badge"><b>1:11-cv-11111</b></docket-margin-badge>b</span>',
      '<div data-docket-margin="x">kept <br>too</div>',
      '<svg><text>in svg</text></svg><p><font><b>deep</b> text</font></p>',
      '<ul><li>one<li>two</ul><pre>x\n</pre><b>after</b>',
      '<textarea>2:22-cv-22222</textarea><noscript>3:33-cv-33333</noscript><template><p>tpl</p></template>',
    ];
    for (const html of cases) expectSameAsReference(page(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body, html);
  });

  it('maps offsets into an element read whole that holds several text nodes (split by script)', () => {
    const doc = page('<!DOCTYPE html><html><body><p>Case <b>4:21-cv-02632</b> here</p></body></html>').document;
    const b = doc.querySelector('b')!;
    (b.firstChild as Text).splitText(5);
    b.appendChild(doc.createTextNode(''));
    b.appendChild(doc.createTextNode('-DMR'));
    expectSameAsReference(doc.body, 'split');
    const index = indexText(doc.body);
    const at = index.text.indexOf('02632');
    expect(nodeAt(index, at)!.node.data).toBe('cv-02632');
    expect(nodeAt(index, index.text.indexOf('DMR'))!.node.data).toBe('-DMR');
  });

  it('reads XML documents (names as written) the same way', () => {
    const { DOMParser } = page('').document.defaultView as unknown as { DOMParser: typeof globalThis.DOMParser };
    const doc = new DOMParser().parseFromString('<request><case number="2:16-cv-1152"><P>x<b>y</b></P><TD>z</TD></case>w</request>', 'application/xml');
    expectSameAsReference(doc.documentElement, 'xml');
  });

  it('reads random court-like pages the same way', () => {
    const next = mulberry32(20261122);
    const tags = ['b', 'i', 'a href="x"', 'td', 'tr', 'table', 'div', 'p', 'br', 'center', 'font', 'script', 'style', 'object', 'span', 'li', 'textarea'];
    const words = ['3:08-cv-00159-WHA', '23-10987', '4:21', '-cv-', '02632', ' ', '\n', 'Case: ', 'x'];
    for (let i = 0; i < 200; i++) {
      let html = '';
      const open: string[] = [];
      for (let n = 5 + Math.floor(next() * 60); n > 0; n--) {
        const r = next();
        if (r < 0.3) {
          const tag = tags[Math.floor(next() * tags.length)]!;
          html += `<${tag}>`;
          open.push(tag.split(' ')[0]!);
        } else if (r < 0.45 && open.length) html += `</${open.pop()}>`;
        else html += words[Math.floor(next() * words.length)]!;
      }
      expectSameAsReference(page(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body, html);
    }
  });

  const corpus = corpusDir();
  it.skipIf(!corpus)('reads every corpus page the same way', () => {
    const dir = join(corpus!, 'pacer');
    const files = readdirSync(dir).filter((f) => /\.(html|xml)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const p = parseHtml(readFileSync(join(dir, file), 'utf8'), 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1');
      try {
        expectSameAsReference(p.document.body ?? p.document.documentElement, file, false);
      } finally {
        p.close();
      }
    }
  }, 120_000);
  if (!corpus) it.skip(CORPUS_SKIP_MESSAGE, () => {});
});
