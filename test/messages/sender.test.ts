import { describe, expect, it } from 'vitest';
import { classifySender } from '../../lib/messages/sender';

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const docket = 'https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?123';

describe('classifySender', () => {
  it('an extension page is our id on our own origin, in a tab or not', () => {
    expect(classifySender({ id: self.id, url: `${self.baseUrl}popup.html` }, self)).toEqual({ kind: 'extension', tabId: null });
    expect(classifySender({ id: self.id, url: `${self.baseUrl}popup.html?tab=3`, tab: { id: 9, url: `${self.baseUrl}popup.html?tab=3` } }, self)).toEqual({ kind: 'extension', tabId: 9 });
    const firefox = { id: 'docket-margin@docketmargin.example', baseUrl: 'moz-extension://0b7c3b2e-4a7e-4f1e-9d1a-3c2b1a0f9e8d/' };
    expect(classifySender({ id: firefox.id, url: `${firefox.baseUrl}options.html` }, firefox)).toEqual({ kind: 'extension', tabId: null });
  });

  it('our id anywhere else is a content script, with the page URL the browser reports', () => {
    expect(classifySender({ id: self.id, url: docket, tab: { id: 4, url: docket } }, self)).toEqual({ kind: 'content', tabId: 4, pageUrl: docket });
    // Without the tabs permission the tab may carry no URL; the frame's URL is what counts.
    expect(classifySender({ id: self.id, url: docket, tab: { id: 4 } }, self)).toEqual({ kind: 'content', tabId: 4, pageUrl: docket });
    expect(classifySender({ id: self.id, tab: { id: 4, url: docket } }, self)).toEqual({ kind: 'content', tabId: 4, pageUrl: docket });
    expect(classifySender({ id: self.id }, self)).toEqual({ kind: 'content', tabId: null, pageUrl: null });
  });

  it('look-alike origins are not ours: another extension, a prefix of our id, a page that names us in its path', () => {
    const lookalikes = [
      'chrome-extension://abcdefghijklmnopabcdefghijklmnopX/popup.html',
      'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/popup.html',
      `https://evil.example/${self.baseUrl}popup.html`,
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
      `data:text/html,${self.baseUrl}`,
    ];
    for (const url of lookalikes) expect(classifySender({ id: self.id, url, tab: { id: 1 } }, self).kind, url).toBe('content');
    expect(classifySender({ id: self.id, url: `${self.baseUrl}popup.html` }, { ...self, baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' }).kind).toBe('extension');
  });

  it('a sender without our id is foreign, whatever URL it shows', () => {
    expect(classifySender({ url: `${self.baseUrl}popup.html` }, self)).toEqual({ kind: 'foreign' });
    expect(classifySender({ id: 'other', url: `${self.baseUrl}popup.html` }, self)).toEqual({ kind: 'foreign' });
    expect(classifySender({}, self)).toEqual({ kind: 'foreign' });
    expect(classifySender({}, { id: '', baseUrl: '' })).toEqual({ kind: 'foreign' });
    expect(classifySender({ id: '', url: 'x' }, { id: '', baseUrl: '' })).toEqual({ kind: 'foreign' });
  });
});
