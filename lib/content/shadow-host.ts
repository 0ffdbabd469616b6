/**
 * Overlay hosts: a custom element carrying `data-docket-margin`, with a closed shadow root so the
 * court's CSS cannot restyle us and page scripts cannot read the user's notes out of it.
 * One constructed stylesheet is shared by every host (badges can number in the hundreds).
 */
export const OVERLAY_ATTR = 'data-docket-margin';

const sheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null; // very old engines: fall back to a <style> per host
    }
    sheets.set(css, sheet);
  }
  return sheets.get(css) ?? null;
}

export interface IsolatedHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where to render: a container inside the shadow root. */
  container: HTMLElement;
}

export function createIsolatedHost(tag: string, role: string, css: string): IsolatedHost {
  const host = document.createElement(tag);
  host.setAttribute(OVERLAY_ATTR, role);
  const root = host.attachShadow({ mode: 'closed' });
  // `all: initial` on the host stops inherited page styles (font, color, line-height) leaking in.
  const base = `:host{all:initial !important;display:${role === 'badge' ? 'inline-block' : 'block'} !important;}\n`;
  const sheet = sharedSheet(base + css);
  if (sheet) root.adoptedStyleSheets = [sheet];
  else {
    const style = document.createElement('style');
    style.textContent = base + css;
    root.append(style);
  }
  const container = document.createElement(role === 'badge' ? 'span' : 'div');
  root.append(container);
  return { host, root, container };
}

/** Remove overlay elements left in the DOM by "Save Page As" or by a previous instance. */
export function removeStaleOverlays(doc: Document): number {
  const stale = doc.querySelectorAll(`[${OVERLAY_ATTR}]`);
  stale.forEach((el) => el.remove());
  return stale.length;
}
