// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeDays, parseDaysOut, RemindersSection, type RemindersSectionProps } from '../../components/options/RemindersSection';

afterEach(cleanup);

const defaults = { enabled: false, time: '08:00', daysOut: [7, 1, 0] };

function setup(over: Partial<RemindersSectionProps> = {}) {
  const props: RemindersSectionProps = { settings: defaults, permitted: false, busy: false, error: null, status: null, onToggle: vi.fn(), onSave: vi.fn(), ...over };
  render(<RemindersSection {...props} />);
  return props;
}

describe('reminders section', () => {
  it('is off by default, and the checkbox’s click asks to turn it on', () => {
    const p = setup();
    const box = screen.getByLabelText('Remind me of deadlines with notifications') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Reminders are off.');
    fireEvent.click(box);
    expect(p.onToggle).toHaveBeenCalledWith(true);
  });

  it('says when it runs once on and permitted', () => {
    setup({ settings: { ...defaults, enabled: true }, permitted: true });
    expect((screen.getByLabelText('Remind me of deadlines with notifications') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('On: every day at 08:00, for deadlines 7, 1 and 0 days out.');
  });

  it('warns when on but notifications were taken away', () => {
    setup({ settings: { ...defaults, enabled: true }, permitted: false });
    expect(screen.getByText(/notifications are not allowed/)).toBeTruthy();
    expect((screen.getByLabelText('Remind me of deadlines with notifications') as HTMLInputElement).checked).toBe(false);
  });

  it('saves a new schedule, and says what is wrong with bad days out before sending anything', () => {
    const p = setup();
    fireEvent.input(screen.getByLabelText('Time of day'), { target: { value: '07:30' } });
    fireEvent.input(screen.getByLabelText('Days before the deadline'), { target: { value: '14, three' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(p.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/whole numbers separated by commas/);
    fireEvent.input(screen.getByLabelText('Days before the deadline'), { target: { value: '14, 3 0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(p.onSave).toHaveBeenCalledWith('07:30', [14, 3, 0]);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('parses and describes days out', () => {
    expect(parseDaysOut(' 7,1 ;0 ')).toEqual([7, 1, 0]);
    expect(parseDaysOut('')).toBeNull();
    expect(parseDaysOut('-1')).toBeNull();
    expect(describeDays([1])).toBe('1 day out');
    expect(describeDays([0])).toBe('0 days out');
    expect(describeDays([14, 3])).toBe('14 and 3 days out');
  });
});
