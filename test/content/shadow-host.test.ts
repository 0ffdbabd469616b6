// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createIsolatedHost, OVERLAY_ATTR, removeStaleOverlays } from '../../lib/content/shadow-host';

describe('overlay hosts', () => {
  it('carry data-docket-margin and keep their content out of the page DOM', () => {
    const { host, root, container } = createIsolatedHost('docket-margin-panel', 'panel', '.x{color:red}');
    document.body.append(host);
    container.textContent = 'private note';
    expect(host.getAttribute(OVERLAY_ATTR)).toBe('panel');
    // Closed: page scripts get no handle on the shadow root.
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(document.body.textContent).not.toContain('private note');
    expect(root.textContent).toContain('private note');
  });

  it('reset inherited page styles on the host', () => {
    const { root } = createIsolatedHost('docket-margin-badge', 'badge', '');
    const cssText = root.adoptedStyleSheets.length
      ? [...root.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n')
      : root.querySelector('style')!.textContent!;
    expect(cssText).toMatch(/all:\s*initial/);
    expect(cssText).toMatch(/inline-block/);
  });

  it('carry their own <style> where the browser refuses an adopted sheet (Firefox content scripts)', async () => {
    vi.resetModules();
    const setter = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
    // What Firefox's Xray wrapper does to a content script's assignment.
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    try {
      const fresh = await import('../../lib/content/shadow-host');
      for (const role of ['panel', 'badge']) {
        const { root, container } = fresh.createIsolatedHost(`docket-margin-${role}`, role, '.x{color:red}');
        const style = root.querySelector('style');
        expect(style?.textContent).toMatch(/all:initial !important.*\.x\{color:red\}/);
        expect(root.lastChild).toBe(container);
      }
    } finally {
      if (setter) Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', setter);
      else delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });

  it('stale overlays from a saved page are removed at start, page content is not', () => {
    document.body.innerHTML = '';
    const p = document.createElement('p');
    p.textContent = 'CIVIL DOCKET FOR CASE #: 3:08-cv-00159-WHA';
    const stale = document.createElement('docket-margin-panel');
    stale.setAttribute(OVERLAY_ATTR, 'panel');
    document.body.append(p, stale);
    expect(removeStaleOverlays(document)).toBe(1);
    expect(document.querySelector(`[${OVERLAY_ATTR}]`)).toBeNull();
    expect(document.body.textContent).toContain('3:08-cv-00159-WHA');
  });
});
