/**
 * Overlay hosts: a custom element carrying `data-docket-margin`, with a closed shadow root so the
 * court's CSS cannot restyle us and page scripts cannot read the user's notes out of it.
 * One constructed stylesheet is shared by every host (badges can number in the hundreds) where the
 * browser lets a content script adopt it; Firefox does not (its content scripts see the page's
 * `adoptedStyleSheets` through an Xray wrapper, which refuses the assignment), so there each host
 * carries its own `<style>` element.
 */
export const OVERLAY_ATTR = 'data-docket-margin';

/** One sheet per host kind and stylesheet. Constructable sheets: Chrome 73+, Firefox 101+, older than any browser we support. */
const sheets = new Map<string, CSSStyleSheet>();
/** False once the browser has refused an adopted sheet: later hosts go straight to `<style>`. */
let canAdopt = true;

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
  const inline = role === 'badge';
  // `all: initial` on the host stops inherited page styles (font, color, line-height) leaking in.
  const text = `:host{all:initial !important;display:${inline ? 'inline-block' : 'block'} !important}${css}`;
  if (!(canAdopt && adopt(root, text))) {
    const style = document.createElement('style');
    style.textContent = text;
    root.append(style);
  }
  const container = document.createElement(inline ? 'span' : 'div');
  root.append(container);
  return { host, root, container };
}

function adopt(root: ShadowRoot, text: string): boolean {
  try {
    let sheet = sheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sheets.set(text, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    canAdopt = false;
    return false;
  }
}

/** Remove overlay elements left in the DOM by "Save Page As" or by a previous instance. */
export function removeStaleOverlays(doc: Document): number {
  const stale = doc.querySelectorAll(`[${OVERLAY_ATTR}]`);
  stale.forEach((el) => el.remove());
  return stale.length;
}
