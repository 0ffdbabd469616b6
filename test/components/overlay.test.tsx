// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddCaseControl, CaseBadge, CasePanel, OVERLAY_CSS } from '../../components/overlay';
import type { CaseSummary } from '../../lib/messages/schema';

const now = { date: '2026-11-22', time: '10:00' };

function summary(over: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: 'c1',
    court: 'cand',
    docketNumber: '3:23-cv-04557-EMC',
    key: 'cand|23|cv|4557|3',
    looseKey: 'cand|23|cv|4557',
    title: 'Doe v. Agency',
    tags: ['FOIA', 'ICE'],
    noteCount: 3,
    latestNotes: [
      { id: 'n1', text: 'Agency promised 500 pages a month.', editedAt: '2026-11-20T10:00:00.000Z' },
      { id: 'n2', text: 'Second note', editedAt: '2026-11-10T10:00:00.000Z' },
    ],
    nextDeadlines: [
      { id: 'd3', due: '2026-12-20', time: null, title: 'Hearing on MSJ', kind: 'hearing', done: false },
      { id: 'd1', due: '2026-11-20', time: null, title: 'Joint Status Report', kind: 'filing', done: false },
      { id: 'd2', due: '2026-11-25', time: '09:30', title: 'Next production', kind: 'production', done: false },
    ],
    production: {
      releases: 2,
      pagesReviewed: 1095,
      pagesReleased: 1160,
      pagesReleasedInPart: 36,
      pagesWithheldInFull: 15,
      lastReleaseDate: '2026-10-13',
    },
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...over,
  };
}

afterEach(cleanup);

describe('CasePanel', () => {
  it("shows the background's pace line: the pace and progress in words, three lines, and the chart in words", () => {
    const track = { pace: 'ICE: behind by 150 pages', paceState: 'behind' as const, progress: '1,350 of 3,000 pages processed (45%)', w: 160, h: 32, processed: '2,30 50,20 158,10', paceLine: '2,30 158,5', expectedY: 4, alt: '1,350 pages processed in 3 releases.' };
    const { container } = render(<CasePanel summary={summary({ track })} collapsed={false} onToggle={() => {}} now={now} />);
    expect(screen.getByText('ICE: behind by 150 pages').className).toBe('dm-overdue');
    expect(container.textContent).toContain('1,350 of 3,000 pages processed (45%)');
    const svg = screen.getByRole('img', { name: '1,350 pages processed in 3 releases.' });
    expect([...svg.querySelectorAll('polyline')].map((p) => p.getAttribute('points'))).toEqual(['2,30 158,5', '2,30 50,20 158,10']);
    expect(svg.querySelector('line')?.getAttribute('y1')).toBe('4');
    expect(svg.getAttribute('viewBox')).toBe('0 0 160 32');
  });

  it('shows a pace with no release yet, and no line without tracking', () => {
    const track = { pace: 'on pace', paceState: 'on pace' as const, progress: '0 pages processed', w: 160, h: 32, processed: '', paceLine: null, expectedY: null, alt: 'No releases yet.' };
    const none = { releases: 0, pagesReviewed: 0, pagesReleased: 0, pagesReleasedInPart: 0, pagesWithheldInFull: 0, lastReleaseDate: null };
    render(<CasePanel summary={summary({ track, production: none })} collapsed={false} onToggle={() => {}} now={now} />);
    expect(screen.getByText('on pace').className).toBe('');
    cleanup();
    const { container } = render(<CasePanel summary={summary({ production: none })} collapsed={false} onToggle={() => {}} now={now} />);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).not.toContain('Productions');
  });

  it('shows title, tags, latest note, production totals and release count', () => {
    const { container } = render(<CasePanel summary={summary()} collapsed={false} onToggle={() => {}} now={now} />);
    const text = container.textContent!;
    expect(text).toContain('Doe v. Agency');
    expect(text).toContain('3:23-cv-04557-EMC');
    expect(screen.getByRole('list', { name: 'Tags' }).textContent).toBe('FOIAICE');
    expect(text).toContain('Agency promised 500 pages a month.');
    expect(text).not.toContain('Second note');
    expect(text).toContain('1,160');
    expect(text).toContain('36');
    expect(text).toContain('15');
    expect(text).toContain('2 releases');
    expect(text).toContain('Oct 13');
  });

  it('colours and words deadlines by urgency, soonest first, with relative text', () => {
    const { container } = render(<CasePanel summary={summary()} collapsed={false} onToggle={() => {}} now={now} />);
    const items = [...container.querySelectorAll('.dm-deadline')];
    expect(items.map((i) => i.getAttribute('data-urgency'))).toEqual(['overdue', 'soon', 'later']);
    expect(items[0]!.className).toContain('dm-overdue');
    expect(items[0]!.textContent).toContain('Overdue');
    expect(items[0]!.textContent).toContain('2 days ago');
    expect(items[1]!.className).toContain('dm-soon');
    expect(items[1]!.textContent).toContain('in 3 days');
    expect(items[1]!.textContent).toContain('09:30');
    expect(items[2]!.textContent).toContain('in 28 days');
  });

  it('expands the latest notes on demand', () => {
    render(<CasePanel summary={summary()} collapsed={false} onToggle={() => {}} now={now} />);
    const more = screen.getByRole('button', { name: 'Show 1 more note' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getByText('Second note')).toBeTruthy();
  });

  it('collapses through a button with aria-expanded and reports toggles', () => {
    const onToggle = vi.fn();
    const { container, rerender } = render(<CasePanel summary={summary()} collapsed={false} onToggle={onToggle} now={now} />);
    const button = screen.getByRole('button', { name: /Hide/ });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
    rerender(<CasePanel summary={summary()} collapsed={true} onToggle={onToggle} now={now} />);
    expect(screen.getByRole('button', { name: /Show/ }).getAttribute('aria-expanded')).toBe('false');
    expect((container.querySelector('#dm-panel-body') as HTMLElement).hidden).toBe(true);
    expect(container.textContent).toContain('3 notes · next deadline Nov 20 (2 days ago)');
  });

  it('leaves out the productions section when there are none', () => {
    const s = summary({ production: { releases: 0, pagesReviewed: 0, pagesReleased: 0, pagesReleasedInPart: 0, pagesWithheldInFull: 0, lastReleaseDate: null } });
    const { container } = render(<CasePanel summary={s} collapsed={false} onToggle={() => {}} now={now} />);
    expect(container.textContent).not.toContain('Released in full');
  });

  it('renders hostile note and title text as literal text, creating no elements', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const s = summary({ title: hostile, tags: ['<b>x</b>'], latestNotes: [{ id: 'n', text: hostile, editedAt: '2026-11-20T00:00:00Z' }] });
    const { container } = render(<CasePanel summary={s} collapsed={false} onToggle={() => {}} now={now} />);
    render(<CaseBadge summary={s} now={now} />, { container: document.body.appendChild(document.createElement('div')) });
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(document.querySelectorAll('script').length).toBe(0);
    expect(document.querySelectorAll('b').length).toBe(0);
    expect(container.querySelector('.dm-note')!.textContent).toContain(hostile);
  });
});

describe('CaseBadge', () => {
  it('is a labelled button whose tooltip shows on focus and hover and hides on Escape', () => {
    render(<CaseBadge summary={summary()} now={now} />);
    const badge = screen.getByRole('button', { name: 'Docket Margin: 3 notes, next deadline Nov 20 (overdue)' });
    const tip = document.getElementById(badge.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.hidden).toBe(true);
    fireEvent.focus(badge);
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain('Doe v. Agency');
    expect(tip.textContent).toContain('Joint Status Report');
    expect(tip.textContent).toContain('2 releases');
    fireEvent.keyDown(badge, { key: 'Escape' });
    expect(tip.hidden).toBe(true);
    fireEvent.blur(badge);
    fireEvent.mouseEnter(badge.parentElement!);
    expect(tip.hidden).toBe(false);
    fireEvent.mouseLeave(badge.parentElement!);
    expect(tip.hidden).toBe(true);
  });

  it('labels a case with one note and no deadlines', () => {
    render(<CaseBadge summary={summary({ noteCount: 1, nextDeadlines: [] })} now={now} />);
    expect(screen.getByRole('button').getAttribute('aria-label')).toBe('Docket Margin: 1 note');
  });

  it('skips done deadlines in the label', () => {
    const s = summary({ nextDeadlines: [{ id: 'x', due: '2026-11-01', time: null, title: 't', kind: 'other', done: true }, { id: 'y', due: '2027-01-12', time: null, title: 'u', kind: 'other', done: false }] });
    render(<CaseBadge summary={s} now={now} />);
    expect(screen.getByRole('button').getAttribute('aria-label')).toBe('Docket Margin: 3 notes, next deadline Jan 12, 2027');
  });
});

describe('AddCaseControl', () => {
  it('calls onAdd once and shows progress, then errors in place', () => {
    const onAdd = vi.fn();
    const { rerender } = render(<AddCaseControl docketNumber="3:23-cv-04557" title="Doe v. Agency" state="idle" onAdd={onAdd} />);
    const button = screen.getByRole('button', { name: /Add to Docket Margin/ });
    expect(button.getAttribute('title')).toContain('3:23-cv-04557');
    fireEvent.click(button);
    expect(onAdd).toHaveBeenCalledTimes(1);
    rerender(<AddCaseControl docketNumber="3:23-cv-04557" title="Doe v. Agency" state="adding" onAdd={onAdd} />);
    expect(screen.getByRole('button').textContent).toContain('Adding…');
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
    rerender(<AddCaseControl docketNumber="3:23-cv-04557" title="" state="error" error="Background did not answer" onAdd={onAdd} />);
    expect(screen.getByRole('alert').textContent).toBe('Background did not answer');
    expect(screen.getByRole('button').getAttribute('aria-describedby')).toBe('dm-add-error');
  });
});

describe('OVERLAY_CSS', () => {
  it('scopes to dm- classes and follows the colour scheme', () => {
    expect(OVERLAY_CSS).toMatch(/prefers-color-scheme:\s*dark/);
    // Every rule's selector is one of ours (no bare element selectors that could leak if misused).
    const selectors = [...OVERLAY_CSS.replace(/@media[^{]*\{/g, '').matchAll(/(^|\})\s*([^{}@]+)\{/g)].map((m) => m[2]!.trim());
    expect(selectors.length).toBeGreaterThan(20);
    for (const s of selectors) for (const part of s.split(',')) expect(part.trim(), s).toMatch(/^\.dm-/);
  });
});
