/**
 * What a content script may ask the background: THE allowlist. A content script runs inside a
 * court's page, whose renderer may be compromised; whatever it sends, the page could have sent.
 * The router (router.ts) refuses every request type not listed here when the sender is a content
 * script (sender.ts), and the background (lib/background/content-guard.ts) checks the listed
 * scope against what the browser says about the sender (its tab and real URL), not what the
 * message claims. SECURITY.md explains the design.
 *
 * To let content scripts send a new request type, add one line here with the narrowest scope:
 * - `page`: it is about the sender's own page and its handler reads the caller itself (page/report
 *   saves the report for the sender's tab and answers only what the overlay shows);
 * - `page-court`: `court(request)` must be the court the sender's URL names (a page on
 *   ecf.cand.uscourts.gov may add a cand case, never an nysd one);
 * - `page-case`: `caseId(request)` must be the saved case the sender's tab last reported as its
 *   own case, that report's court checked against the tab's URL (e.g. adding a deadline the page
 *   suggests, or collapsing the page case's panel).
 * Anything else (lists, other cases, export, import, settings, sync) stays refused.
 */
import type { RequestOf } from './router';
import type { RequestType } from './schema';

export type ContentRule<K extends RequestType> =
  | { scope: 'page' }
  | { scope: 'page-court'; court: (request: RequestOf<K>) => string }
  | { scope: 'page-case'; caseId: (request: RequestOf<K>) => string };

export type ContentRules = { [K in RequestType]?: ContentRule<K> };

export const CONTENT_SCRIPT_REQUESTS: ContentRules = {
  'page/report': { scope: 'page' },
  'case/create': { scope: 'page-court', court: (r) => r.court },
  'view/collapse': { scope: 'page-case', caseId: (r) => r.caseId },
};

/** The error a content script gets for a request it may not send. */
export function contentRefusal(type: string): string {
  return `Docket Margin does not answer "${type.slice(0, 40)}" to a script in a web page.`;
}
