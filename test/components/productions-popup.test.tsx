// @vitest-environment happy-dom
/**
 * The popup's FOIA production tracking against the real background (router, store in
 * fake-indexeddb): paste from a status report (nothing stored until Add, exactly the ticked and
 * edited rows stored, a wrong row stops them all), expected volumes and paces through their
 * forms, progress, pace and chart, and the case's CSV.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Send, Subscribe } from '../../components/popup/api';
import { startBackground, type Background } from '../../lib/background';
import type { CaseSummary, Request } from '../../lib/messages/schema';
import type { CaseBundle } from '../../lib/model/schema';
import { freshName } from '../store/helpers';

const now = { date: '2023-04-20', time: '10:00' };
const popupPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

async function openCase() {
  const bg: Background = startBackground({ dbName: freshName('popup-prod'), now: () => Date.UTC(2023, 3, 20, 12) });
  const sent: Request[] = [];
  const send = (async (req: Request) => {
    sent.push(req);
    const r = await bg.router(req, popupPage());
    if (!r.ok) throw new Error(r.error);
    return r.data;
  }) as Send;
  const repo = await bg.repository;
  const subscribe: Subscribe = (fn) => repo.onChange(() => fn());
  const c = await send({ type: 'case/create', court: 'cand', docketNumber: '3:23-cv-04557-EMC', title: 'Doe v. ICE' }) as CaseSummary;
  const download = vi.fn();
  render(<PopupApp tabId={null} caseId={c.id} download={download} send={send} subscribe={subscribe} now={now} onInteractive={() => {}} />);
  await screen.findByRole('heading', { name: 'FOIA production' });
  const bundle = async () => (await send({ type: 'case/get', caseId: c.id })) as CaseBundle;
  return { bg, c, send, sent, bundle, download };
}

const typeInto = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('paste from a status report', () => {
  it('proposes the rows with every field editable, stores nothing until Add, then exactly the ticked rows as edited', async () => {
    const { sent, bundle } = await openCase();
    fireEvent.click(screen.getByRole('button', { name: 'Paste from a status report' }));
    typeInto(screen.getByLabelText('Status report text'), [
      'On March 15, 2023, ICE made its third interim release, processing 500 pages, of which 212 pages were released in part, 30 pages were released in full, and 258 pages were withheld in full pursuant to Exemptions 6 and 7(C).',
      'ICE identified 46 pages from Policy, 909 pages from HSI, and approximately 2,947 pages from OPLA.',
      'ICE shall process 500 pages per month.',
    ].join(' '));
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(await screen.findByText(/5 rows proposed/)).toBeTruthy();
    expect((screen.getByLabelText('Processed') as HTMLInputElement).value).toBe('500');
    expect((screen.getByLabelText('Exemptions') as HTMLInputElement).value).toBe('(b)(6), (b)(7)(C)');
    expect(screen.getAllByLabelText('Pages expected').map((e) => (e as HTMLInputElement).value)).toEqual(['46', '909', '2947']);
    expect((screen.getByLabelText('Pages a month') as HTMLInputElement).value).toBe('500');
    expect(sent.some((r) => r.type === 'production/add-rows')).toBe(false);
    expect((await bundle()).productions).toEqual([]);

    // Untick the Policy estimate, correct the HSI one.
    fireEvent.click(screen.getByLabelText('Add expected volume 2'));
    typeInto(screen.getAllByLabelText('Pages expected')[1]!, '910');
    fireEvent.click(screen.getByRole('button', { name: 'Add 4 rows' }));
    await waitFor(() => expect(sent.filter((r) => r.type === 'production/add-rows')).toHaveLength(1));
    await waitFor(async () => expect((await bundle()).paces).toHaveLength(1));
    const b = await bundle();
    expect(b.productions.map((p) => [p.date, p.agency, p.pagesReviewed, p.pagesReleased, p.pagesReleasedInPart, p.pagesWithheldInFull, p.exemptions])).toEqual([
      ['2023-03-15', 'ICE', 500, 30, 212, 258, ['(b)(6)', '(b)(7)(C)']],
    ]);
    expect(b.productions[0]!.sourceQuote).toMatch(/^On March 15, 2023, ICE made its third interim release/);
    expect(b.expected.map((e) => [e.component, e.pages, e.approximate, e.asOf]).sort()).toEqual([
      ['HSI', 910, false, '2023-04-20'],
      ['OPLA', 2947, true, '2023-04-20'],
    ]);
    expect(b.paces.map((p) => [p.agency, p.perMonth, p.from])).toEqual([['ICE', 500, '2023-04-20']]);
    // The proposals are gone and the progress shows them.
    expect(screen.queryByLabelText('Status report text')).toBeNull();
    expect(await screen.findByText('Paste from a status report', { selector: 'button' })).toBeTruthy();
  });

  it('shows a wrong row its message in place and stores none of the rows', async () => {
    const { bundle, sent } = await openCase();
    fireEvent.click(screen.getByRole('button', { name: 'Paste from a status report' }));
    typeInto(screen.getByLabelText('Status report text'), 'CBP processed 300 pages. CBP shall process 250 pages per month.');
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    await screen.findByText(/2 rows proposed/);
    typeInto(screen.getByLabelText('Processed'), '-3');
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 rows' }));
    expect(await screen.findByText('Page counts cannot be negative.')).toBeTruthy();
    expect(screen.getByLabelText('Processed').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Some rows need a fix; nothing was added.')).toBeTruthy();
    expect(sent.some((r) => r.type === 'production/add-rows')).toBe(false);
    expect((await bundle()).paces).toEqual([]);
  });

  it('says so when the text holds no production', async () => {
    await openCase();
    fireEvent.click(screen.getByRole('button', { name: 'Paste from a status report' }));
    typeInto(screen.getByLabelText('Status report text'), 'See ECF No. 45 at 3; FOIA request 2018-ICFO-26258.');
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(await screen.findByText('No releases, expected volumes or paces found in this text.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Add \d+ rows?$/ })).toBeNull();
  });
});

describe('expected volumes, paces, progress and CSV', () => {
  it('adds them through their forms and shows the pace, the table and the chart in words', async () => {
    const { bundle, send, c, download } = await openCase();
    for (const [date, pages] of [['2023-01-31', 500], ['2023-02-28', 400], ['2023-03-31', 450]] as const)
      await send({ type: 'production/put', production: { caseId: c.id, date, agency: 'ICE', pagesReviewed: pages, pagesReleasedInPart: pages / 2 } });

    fireEvent.click(await screen.findByRole('button', { name: 'Add expected volume' }));
    typeInto(screen.getByLabelText('Agency'), 'ICE');
    typeInto(screen.getByLabelText('Pages expected'), '3000');
    typeInto(screen.getByLabelText('As of'), '2023-01-01');
    fireEvent.submit(screen.getByRole('form', { name: 'New expected volume' }));
    await waitFor(async () => expect((await bundle()).expected).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Add pace' }));
    typeInto(screen.getByLabelText('Pages a month'), '0');
    fireEvent.submit(screen.getByRole('form', { name: 'New pace' }));
    expect(await screen.findByText('A pace is more than 0 pages a month.')).toBeTruthy();
    typeInto(screen.getByLabelText('Pages a month'), '500');
    typeInto(screen.getByLabelText('From'), '2023-01-15');
    typeInto(screen.getByLabelText('Agency'), 'ICE');
    fireEvent.submit(screen.getByRole('form', { name: 'New pace' }));
    await waitFor(async () => expect((await bundle()).paces).toHaveLength(1));

    // 3 whole months owe 1,500; ICE processed 1,350.
    expect(await screen.findByText('behind by 150 pages')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Production by agency and component' });
    const ice = within(table).getByRole('row', { name: /^ICE/ });
    expect(within(ice).getAllByRole('cell').map((td) => td.textContent)).toEqual(['1,350', '3,000', '45%', '675', '0', '0', '50%']);
    expect(screen.getByText(/the remaining 1,650 pages are done by 2023-07-24/)).toBeTruthy();
    const chart = screen.getByRole('img', { name: 'Pages processed over time' });
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toBe(
      '1,350 pages processed in 3 releases from 2023-01-31 to 2023-03-31; pace 500 pages a month from 2023-01-15: 1,500 owed by 2023-04-20; 3,000 pages expected.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, text, type] = download.mock.calls[0]!;
    expect([filename, type]).toEqual(['docket-margin-productions-cand-3-23-cv-04557-EMC-2023-04-20.csv', 'text/csv']);
    expect((text as string).split('\r\n').filter(Boolean).map((l) => l.split(',')[3])).toEqual(['kind', 'release', 'release', 'release', 'expected', 'pace']);
  });

  it('reads exemptions as typed into the release form, and refuses one it cannot read', async () => {
    const { bundle } = await openCase();
    fireEvent.click(screen.getByRole('button', { name: 'Add release' }));
    typeInto(screen.getByLabelText('Exemptions'), 'b5; 7(C), Exemption 6, (b)(7)(E)');
    typeInto(screen.getByLabelText('Referred to'), ' FBI ');
    fireEvent.submit(screen.getByRole('form', { name: 'New release' }));
    await waitFor(async () => expect((await bundle()).productions).toHaveLength(1));
    expect((await bundle()).productions[0]).toMatchObject({ exemptions: ['(b)(5)', '(b)(7)(C)', '(b)(6)', '(b)(7)(E)'], referredTo: 'FBI' });
    fireEvent.click(screen.getByRole('button', { name: 'Add release' }));
    typeInto(screen.getByLabelText('Exemptions'), 'deliberative');
    fireEvent.submit(screen.getByRole('form', { name: 'New release' }));
    expect(await screen.findByText('Expected an exemption like (b)(5) or (b)(7)(C).')).toBeTruthy();
    expect((await bundle()).productions).toHaveLength(1);
  });
});
