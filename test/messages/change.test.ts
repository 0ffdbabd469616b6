import { describe, expect, it } from 'vitest';
import { CHANGE_KEY, CHANGE_NOTICE, isChangeNotice, isChangeSignal } from '../../lib/messages/change';

describe('change broadcast', () => {
  it('extension pages read the signal from storage.session only', () => {
    expect(isChangeSignal({ [CHANGE_KEY]: {} }, 'session')).toBe(true);
    expect(isChangeSignal({ [CHANGE_KEY]: {} }, 'local')).toBe(false);
    expect(isChangeSignal({ other: {} }, 'session')).toBe(false);
  });

  it('a content script accepts the notice only from the background of its own extension', () => {
    const id = 'our-id';
    expect(isChangeNotice(CHANGE_NOTICE, { id }, id)).toBe(true);
    expect(isChangeNotice({ ...CHANGE_NOTICE }, { id }, id)).toBe(true);
    // An extension page in a tab, another extension, an orphaned script (no runtime id), other messages.
    expect(isChangeNotice(CHANGE_NOTICE, { id, tab: { id: 3 } }, id)).toBe(false);
    expect(isChangeNotice(CHANGE_NOTICE, { id: 'other' }, id)).toBe(false);
    expect(isChangeNotice(CHANGE_NOTICE, {}, id)).toBe(false);
    expect(isChangeNotice(CHANGE_NOTICE, { id: undefined }, undefined)).toBe(false);
    for (const m of [null, 'docket-margin/changed', { type: 'page/report' }, []]) expect(isChangeNotice(m, { id }, id)).toBe(false);
  });
});
