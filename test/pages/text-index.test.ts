/** The one-pass text index: what text a reader sees, where block boundaries fall, and offsets back to nodes. */
import { afterAll, describe, expect, it } from 'vitest';
import { indexText, nodeAt } from '../../lib/pages/text-index';
import { parseHtml, type ParsedPage } from '../../scripts/scan';

const opened: ParsedPage[] = [];
const body = (html: string): HTMLElement => {
  const page = parseHtml(`<!DOCTYPE html><html><head><title>T 1:11-cv-11111</title></head><body>${html}</body></html>`, 'http://ecf.cand.uscourts.gov/');
  opened.push(page);
  return page.document.body;
};
afterAll(() => {
  for (const p of opened) p.close();
});

describe('indexText', () => {
  it('joins inline markup directly, so a highlighted number stays one string', () => {
    expect(indexText(body('No. <mark>4:21</mark>-cv-<b>02632</b>')).text).toBe('No. 4:21-cv-02632');
  });

  it('puts a line break between table cells and blocks, so adjacent cells never run together', () => {
    const { text } = indexText(body('<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table><p>a</p>b<br>c'));
    expect(text.replace(/\n+/g, '|')).toBe('1|2|3|a|b|c');
    expect(text).not.toMatch(/12|23/);
  });

  it('skips scripts, styles, textareas, the head and overlay hosts', () => {
    const { text } = indexText(
      body('<script>var a = "2:22-cv-22222";</script><style>.x{}</style><textarea>3:33-cv-33333</textarea><docket-margin-badge data-docket-margin="badge">4:44-cv-44444</docket-margin-badge>kept'),
    );
    expect(text.trim()).toBe('kept');
  });

  it('maps every offset back to the node that holds it', () => {
    const root = body('<p>alpha</p><p>be<b>ta</b></p>gamma');
    const index = indexText(root);
    for (let at = 0; at < index.text.length; at++) {
      const { node, start } = nodeAt(index, at)!;
      const local = at - start;
      if (index.text[at] !== '\n') expect(node.data[local]).toBe(index.text[at]);
    }
  });

  it('walks deep documents without recursion', () => {
    const depth = 20_000;
    const root = body('');
    let parent: Element = root;
    for (let i = 0; i < depth; i++) {
      const span = root.ownerDocument.createElement('span');
      parent.appendChild(span);
      parent = span;
    }
    parent.appendChild(root.ownerDocument.createTextNode('1:20-cv-00001'));
    expect(indexText(root).text).toBe('1:20-cv-00001');
  });
});
