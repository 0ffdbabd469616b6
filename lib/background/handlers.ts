/**
 * One handler per request type: the background's answers. Each takes a validated request (the
 * router checked it) and returns exactly the ResponseData shape for its type.
 */
import type { Handlers } from '../messages/router';
import { UserError } from '../messages/user-error';
import { exportData, importData } from '../store/interchange';
import type { ChildKind } from '../model/schema';
import type { Repository } from '../store/repository';
import { loadSettings, updateSettings, type KeyValueArea } from '../store/settings';
import { clockIn } from '../deadlines/relative';
import { csvFilename, productionsCsv } from '../productions/csv';
import { localDate } from '../store/interchange-export';
import { bundlesOf } from '../store/records';
import { overlayLookup } from './page-answer';
import { withCitedCourts } from './page-courts';
import { sanitizeReport } from './page-origin';
import { isCollapsed, setCollapsed, type ProfileStore } from './profile-store';
import { calendarExport } from './calendar-export';
import type { TabReports } from './tab-reports';

export interface HandlerDeps {
  repository: () => Promise<Repository>;
  tabReports: TabReports;
  /** This profile's own state (the panels' collapsed state). */
  profile: () => Promise<ProfileStore>;
  settings: KeyValueArea;
  now?: () => number;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const repo = deps.repository;
  /** A child delete answers with what it deleted, so the caller can offer Undo. */
  const deleteChild =
    <K extends ChildKind>(kind: K) =>
    async ({ id }: { id: string }): Promise<{ kind: K; id: string }> => {
      await (await repo()).deleteChild(kind, id);
      return { kind, id };
    };
  const now = deps.now ?? Date.now;
  return {
    async 'page/report'({ report }, caller) {
      // From a content script the report counts only as far as the tab's real URL bears it out.
      const checked = withCitedCourts(caller.kind === 'content' ? sanitizeReport(report, caller.pageUrl) : report);
      // Kept for the sender's tab (an extension page in a tab may report too: the a11y test does).
      const tabId = caller.kind === 'content' || caller.kind === 'extension' ? caller.tabId : null;
      if (tabId !== null) await deps.tabReports.save(tabId, checked);
      const lookup = (await repo()).lookupPage(checked);
      return overlayLookup(lookup, lookup.primary !== null && (await isCollapsed(await deps.profile(), lookup.primary.id)), clockIn(undefined, new Date(now())).date);
    },
    async 'view/collapse'({ caseId, collapsed }) {
      await setCollapsed(await deps.profile(), caseId, collapsed);
      return null;
    },
    async 'page/get'({ tabId }) {
      const report = await deps.tabReports.load(tabId);
      return { report, lookup: report ? (await repo()).lookupPage(report) : null };
    },
    async 'case/list'({ query, limit }) {
      return (await repo()).listCases(query, limit);
    },
    async 'case/count'({ query }) {
      return (await repo()).countCases(query);
    },
    async 'case/get'({ caseId }) {
      const bundle = await (await repo()).getCase(caseId);
      if (!bundle) throw new UserError('That case is no longer saved (it may have been deleted).');
      return bundle;
    },
    async 'case/create'({ court, docketNumber, title, tags }) {
      return (await repo()).createCase({ court, docketNumber, title, tags });
    },
    async 'case/update'({ caseId, fields }) {
      return (await repo()).updateCase(caseId, fields);
    },
    async 'case/delete'({ caseId }) {
      await (await repo()).deleteCase(caseId);
      return { kind: 'cases', id: caseId };
    },
    async 'note/put'({ note }) {
      return (await repo()).putNote(note);
    },
    'note/delete': deleteChild('notes'),
    async 'deadline/put'({ deadline }) {
      return (await repo()).putDeadline(deadline);
    },
    'deadline/delete': deleteChild('deadlines'),
    async 'production/put'({ production }) {
      return (await repo()).putProduction(production);
    },
    'production/delete': deleteChild('productions'),
    async 'expected/put'({ expected }) {
      return (await repo()).putExpected(expected);
    },
    'expected/delete': deleteChild('expected'),
    async 'pace/put'({ pace }) {
      return (await repo()).putPace(pace);
    },
    'pace/delete': deleteChild('paces'),
    async 'request/put'({ request }) {
      return (await repo()).putRequest(request);
    },
    'request/delete': deleteChild('requests'),
    async 'production/add-rows'({ caseId, rows }) {
      return (await repo()).addProductionRows(caseId, rows);
    },
    async 'record/restore'({ kind, id }) {
      await (await repo()).restore(kind, id);
      return null;
    },
    async 'productions/csv'() {
      const bundles = bundlesOf(await (await repo()).getAllRecords());
      return { filename: csvFilename(localDate(now())), text: productionsCsv(bundles) };
    },
    async 'data/export'() {
      return exportData(await repo(), now(), deps.settings);
    },
    async 'calendar/export'({ caseId }) {
      return calendarExport(await (await repo()).getAllRecords(), caseId, now());
    },
    async 'data/import'({ text }) {
      return importData(await repo(), text, now(), deps.settings);
    },
    async 'settings/get'() {
      return loadSettings(deps.settings);
    },
    async 'settings/set'({ settings }) {
      return updateSettings(deps.settings, settings);
    },
    // Placeholders until sync registers its own handlers (entrypoints/background.ts does at start).
    'sync/status'() {
      return { enabled: false };
    },
    'sync/enable'() {
      throw new UserError('Sync is not available in this build.');
    },
    'sync/now'() {
      throw new UserError('Sync is not available in this build.');
    },
  };
}
