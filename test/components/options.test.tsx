// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';

afterEach(cleanup);

const result = { imported: 2, merged: 1, duplicate: 0, message: 'Read 1 case: 2 new, 1 merged, 0 duplicates skipped.' };

function setup(over: Partial<Parameters<typeof OptionsApp>[0]> = {}) {
  const props = {
    exportData: vi.fn(async () => ({ filename: 'docket-margin-2026-11-22.json', text: '{"format":"docket-margin"}' })),
    download: vi.fn(),
    importText: vi.fn(async () => result),
    ...over,
  };
  render(<OptionsApp {...props} />);
  return props;
}

function choose(text: string, name = 'cases.json'): void {
  const input = screen.getByLabelText('Import') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  it('has one h1, a button named exactly Export and a file input labelled Import', () => {
    setup();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Export' })).toBeTruthy();
    const input = screen.getByLabelText('Import') as HTMLInputElement;
    expect(input.type).toBe('file');
  });

  it('Export downloads the file the background wrote and says so', async () => {
    const p = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Exported to docket-margin-2026-11-22.json.'));
    expect(p.download).toHaveBeenCalledWith('docket-margin-2026-11-22.json', '{"format":"docket-margin"}');
  });

  it('Import sends the file’s text and shows the result in the status region', async () => {
    const p = setup();
    choose('{"format":"docket-margin","version":1,"cases":[]}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(result.message));
    expect(p.importText).toHaveBeenCalledWith('{"format":"docket-margin","version":1,"cases":[]}');
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('a rejected file shows the reason as an alert, as text even when it carries HTML', async () => {
    const reason = 'Nothing was imported: cases[0].title: <img src=x onerror=alert(1)>';
    setup({ importText: vi.fn(async () => Promise.reject(new Error(reason))) });
    choose('{}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(reason));
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('refuses a file over 20 MB without sending it', async () => {
    const p = setup();
    const input = screen.getByLabelText('Import') as HTMLInputElement;
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [big], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/larger than 20 MB/));
    expect(p.importText).not.toHaveBeenCalled();
  });

  it('renders the sync section where it is given, and nothing in its place otherwise', () => {
    render(<OptionsApp exportData={vi.fn()} download={vi.fn()} importText={vi.fn()} syncSection={<section><h2>Sync</h2></section>} />);
    expect(screen.getByRole('heading', { name: 'Sync' })).toBeTruthy();
    cleanup();
    setup();
    expect(screen.queryByRole('heading', { name: 'Sync' })).toBeNull();
  });
});

describe('calendar export (all cases)', () => {
  it('downloads the .ics the background wrote, as text/calendar', async () => {
    const exportCalendar = vi.fn(async () => ({ filename: 'docket-margin-deadlines-2026-11-22.ics', text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }));
    const p = setup({ exportCalendar });
    fireEvent.click(screen.getByRole('button', { name: 'Deadlines to calendar (.ics)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved docket-margin-deadlines-2026-11-22\.ics\./));
    expect(p.download).toHaveBeenCalledWith('docket-margin-deadlines-2026-11-22.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'text/calendar;charset=utf-8');
  });
  it('says why when there is nothing to export', async () => {
    setup({ exportCalendar: vi.fn(async () => Promise.reject(new Error('There are no deadlines to export.'))) });
    fireEvent.click(screen.getByRole('button', { name: 'Deadlines to calendar (.ics)' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Calendar export failed: There are no deadlines to export.'));
  });
});

describe('productions CSV (all cases)', () => {
  it('downloads the CSV the background wrote, as text/csv', async () => {
    const exportProductions = vi.fn(async () => ({ filename: 'docket-margin-productions-2026-11-22.csv', text: 'court,docketNumber\r\n' }));
    const p = setup({ exportProductions });
    fireEvent.click(screen.getByRole('button', { name: 'Productions (CSV)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved docket-margin-productions-2026-11-22\.csv:/));
    expect(p.download).toHaveBeenCalledWith('docket-margin-productions-2026-11-22.csv', 'court,docketNumber\r\n', 'text/csv');
  });
  it('says why when it fails', async () => {
    setup({ exportProductions: vi.fn(async () => Promise.reject(new Error('The database is closed.'))) });
    fireEvent.click(screen.getByRole('button', { name: 'Productions (CSV)' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Productions export failed: The database is closed.'));
  });
});
