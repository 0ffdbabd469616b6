// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTags } from '../../components/popup/CaseDetails';
import { caseIdFromSearch, tabIdFromSearch } from '../../components/popup/tab-param';
import { Field } from '../../components/shared/Field';
import { NoteTextArea } from '../../components/shared/NoteTextArea';
import { fieldErrors, validateAndWrite } from '../../components/shared/validation';
import { DeadlineInput, ProductionInput } from '../../lib/messages/schema';

afterEach(() => cleanup());

describe('validateAndWrite', () => {
  it('gives one sentence per field and does not write when the schema rejects', async () => {
    const write = vi.fn(async () => undefined);
    const errors = await validateAndWrite(DeadlineInput, { caseId: 'c1', due: '2026-02-30', title: '  ' }, write);
    expect(write).not.toHaveBeenCalled();
    expect(errors).toEqual({ due: 'Impossible date.', title: 'A deadline needs a title.' });
  });

  it('writes the parsed value (defaults applied) and answers null', async () => {
    const write = vi.fn(async () => undefined);
    expect(await validateAndWrite(ProductionInput, { caseId: 'c1', date: '2026-11-01', pagesReleased: 3 }, write)).toBeNull();
    expect(write).toHaveBeenCalledWith(expect.objectContaining({ pagesReleased: 3, pagesReviewed: 0, agency: '' }));
  });

  it('reports a failed write as a form-wide message', async () => {
    const errors = await validateAndWrite(ProductionInput, { caseId: 'c1', date: '2026-11-01' }, async () => {
      throw new Error('The store is busy.');
    });
    expect(errors).toEqual({ _: 'The store is busy.' });
  });

  it('keeps the first message of a field and names path-less issues "_"', () => {
    expect(
      fieldErrors([
        { path: ['due'], message: 'first' },
        { path: ['due'], message: 'second' },
        { path: [], message: 'whole form is wrong.' },
      ]),
    ).toEqual({ due: 'First.', _: 'Whole form is wrong.' });
  });
});

describe('tabIdFromSearch', () => {
  it.each([
    ['?tab=123', 123],
    ['?x=1&tab=0', 0],
    ['', null],
    ['?tab=', null],
    ['?tab=-4', null],
    ['?tab=12abc', null],
    ['?tab=99999999999', null],
  ])('%s → %s', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});

describe('parseTags', () => {
  it('splits on commas, trims, drops empties and case-insensitive duplicates, keeps first spelling', () => {
    expect(parseTags(' FOIA, ICE ,, foia,hsi ,')).toEqual(['FOIA', 'ICE', 'hsi']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('NoteTextArea', () => {
  function mount() {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    render(
      <>
        <label for="n">Note</label>
        <NoteTextArea id="n" value="x" onValue={() => undefined} onSave={onSave} onCancel={onCancel} error="Bad." />
      </>,
    );
    return { onSave, onCancel, field: screen.getByLabelText('Note') };
  }

  it('Enter saves; Shift+Enter and Enter during IME composition do not; Escape cancels', () => {
    const { onSave, onCancel, field } = mount();
    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(field, { key: 'Enter', isComposing: true });
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onSave).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('ties its error message to the field', () => {
    const { field } = mount();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('Bad.');
  });
});

describe('Field', () => {
  it('labels the control and describes it by hint and error', () => {
    render(
      <Field id="f" label="Agency" hint="As printed" error="Too long.">
        {(a) => <input {...a} />}
      </Field>,
    );
    const input = screen.getByLabelText('Agency');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual(['As printed', 'Too long.']);
  });
});

describe('caseIdFromSearch', () => {
  it('reads ?case= (URL-decoded), null when absent, empty or too long', () => {
    expect(caseIdFromSearch('?case=case%3Acand%7C23%7Ccv%7C4557%7C3')).toBe('case:cand|23|cv|4557|3');
    expect(caseIdFromSearch('?tab=3')).toBeNull();
    expect(caseIdFromSearch('?case=')).toBeNull();
    expect(caseIdFromSearch(`?case=${'x'.repeat(129)}`)).toBeNull();
  });
});
