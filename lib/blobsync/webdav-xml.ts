/**
 * Reads a WebDAV multistatus answer (PROPFIND, Depth: 1) without a DOM parser, which a service
 * worker does not have: one left-to-right scan over the tags, any namespace prefix (`D:`, `d:`,
 * none), taking each response's href, etag, length and whether it is a collection. The tag
 * pattern has no nested quantifier, so a hostile answer costs linear time.
 */

export interface DavEntry {
  href: string;
  etag: string | null;
  size: number;
  collection: boolean;
}

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/g;

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

export function parseMultistatus(xml: string): DavEntry[] {
  const out: DavEntry[] = [];
  let current: DavEntry | null = null;
  let field: 'href' | 'getetag' | 'getcontentlength' | null = null;
  let text = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (field) text += xml.slice(last, m.index);
    last = TAG.lastIndex;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const selfClosing = m[3]!.endsWith('/');
    if (name === 'response') {
      if (!closing && !selfClosing) current = { href: '', etag: null, size: 0, collection: false };
      else if (closing && current) {
        if (current.href) out.push(current);
        current = null;
      }
      continue;
    }
    if (!current) continue;
    if (name === 'collection' && !closing) current.collection = true;
    if (name === 'href' || name === 'getetag' || name === 'getcontentlength') {
      if (!closing && !selfClosing) {
        field = name;
        text = '';
      } else if (closing && field === name) {
        const value = decodeEntities(text).trim();
        if (name === 'href' && !current.href) current.href = value;
        else if (name === 'getetag' && value) current.etag = value;
        else if (name === 'getcontentlength' && /^\d{1,15}$/.test(value)) current.size = Number(value);
        field = null;
      }
    }
  }
  return out;
}
