/**
 * A page-type detector: a predicate over the URL (and, where the URL cannot tell, the document).
 * The real example URLs each must recognise live beside it in `page-types.examples.ts` (imported by
 * tests only, so the content script does not ship them). The detector test runs every detector
 * against its own examples and against every other detector's examples, so two detectors never
 * claim one page.
 */
export interface DetectorExample {
  url: string;
  /** A few lines of markup, for detectors that need the document (e.g. `/doc1/` pages). */
  html?: string;
}

export interface PageDetector<T extends string = string> {
  pageType: T;
  test(url: URL, doc?: Document): boolean;
}

/** `new URL` without throwing: a page URL the reader cannot parse is read as `about:blank`. */
export function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    return new URL('about:blank');
  }
}

/** First detector that claims the page. */
export function detect<T extends string>(detectors: readonly PageDetector<T>[], url: URL, doc?: Document): T | null {
  for (const d of detectors) if (d.test(url, doc)) return d.pageType;
  return null;
}
