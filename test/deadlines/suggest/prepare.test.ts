import { describe, expect, it } from 'vitest';
import { prepare } from '../../../lib/deadlines/suggest/prepare';

describe('quoting parentheticals', () => {
  it('blanks what another entry set, keeps offsets, names the related document', () => {
    const text = 'Hearing Scheduled, (RE: related document(s) 16 Objection to Confirmation of Plan Filed by Trustee. (ecoop, )) Hearing scheduled for 4/13/2005.';
    const p = prepare(text);
    expect(p.own).toHaveLength(p.printed.length);
    expect(p.own).not.toContain('Objection');
    expect(p.own).toContain('Hearing scheduled for 4/13/2005');
    expect(p.related).toBe('Objection to Confirmation of Plan');
  });
  it('blanks a BNC certificate quoting a whole notice, attachments lists too', () => {
    const p = prepare('BNC Certificate of Mailing - Hearing(RE: related document(s) 17 Hearing Scheduled (RE: x) Hearing scheduled for 4/13/2005 at 10:00 AM.) No. of Notices: 3. (Attachments: # 1 Exhibit A set for 5/5/2005)');
    expect(p.own).not.toMatch(/\d\/\d/);
  });
  it('a parenthetical cut off by the page quotes to the end; other parentheses stay', () => {
    expect(prepare('Order (related document(s) 5 Motion set for 1/2/2020').own.trim()).toBe('Order ;');
    expect(prepare('Rule 26(f) report (Filing fee $ 402) due 1/2/2020').own).toContain('26(f) report (Filing fee $ 402) due');
  });
  it('is linear on nested and unclosed parentheses', () => {
    const t = performance.now();
    prepare(`${'(RE: related document(s) ('.repeat(20_000)}`);
    prepare('('.repeat(100_000));
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
