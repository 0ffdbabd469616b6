/**
 * The scope checks behind lib/messages/content-access.ts's allowlist: each held against what the
 * browser says about the sender (its tab, its real URL), never against the message's own claims.
 */
import type { Authorize } from '../messages/router';
import type { Repository } from '../store/repository';
import { originAllowsCourt, pageOriginOf } from './page-origin';
import type { TabReports } from './tab-reports';

export interface GuardDeps {
  repository: () => Promise<Repository>;
  tabReports: TabReports;
}

/** The saved case a tab's last report names as the page's own (reports are stored court-checked), if the tab still shows that page's site. */
export async function pageCaseOf(deps: GuardDeps, tabId: number | null, pageUrl: string | null): Promise<string | null> {
  if (tabId === null || pageUrl === null) return null;
  const report = await deps.tabReports.load(tabId);
  if (!report || !sameOrigin(report.url, pageUrl)) return null;
  return (await deps.repository()).lookupPage(report).primary?.id ?? null;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export function createContentGuard(deps: GuardDeps): Authorize {
  return async (rule, request, caller) => {
    switch (rule.scope) {
      case 'page':
        return null;
      case 'page-court': {
        const court = rule.court(request as never);
        return originAllowsCourt(pageOriginOf(caller.pageUrl), court)
          ? null
          : `A script in this page may add only a case of the court the page belongs to, not "${court}".`;
      }
      case 'page-case': {
        const caseId = rule.caseId(request as never);
        return (await pageCaseOf(deps, caller.tabId, caller.pageUrl)) === caseId ? null : 'A script in this page may change only the page’s own case.';
      }
    }
  };
}
