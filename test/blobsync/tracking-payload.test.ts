/** Blob sync files carry the FOIA tracking kinds; a file written before them opens with none. */
import { describe, expect, it } from 'vitest';
import { fileKey, newContentKey } from '../../lib/blobsync/keys';
import { openPayload, sealPayload } from '../../lib/blobsync/payload';
import { emptyRecordSet } from '../../lib/model/schema';
import { caseFields, expectedFields, paceFields, productionFields, requestFields } from '../sync/memory-records';

const CASE = 'case:cand|21|cv|2632|4';
const meta = { stamp: '1767225600000-0000-devA', deviceId: 'devA' };

describe('blob sync payloads', () => {
  it('seal and open expected volumes, paces, requests and the new release fields exactly', async () => {
    const content = newContentKey(1);
    const key = await fileKey(content);
    const records = emptyRecordSet();
    records.cases.push({ ...caseFields(CASE), ...meta });
    records.productions.push({ ...productionFields('p1', CASE, 500), ...meta, referredTo: 'CBP', exemptions: ['(b)(5)'] });
    records.expected.push({ ...expectedFields('e1', CASE, 2947), ...meta });
    records.paces.push({ ...paceFields('r1', CASE, 500), ...meta });
    records.requests.push({ ...requestFields('q1', CASE, '2018-ICFO-26258'), ...meta });
    const bytes = await sealPayload('seg-a', content.id, key, { caseId: CASE, records });
    const opened = await openPayload('seg-a', bytes, key, CASE);
    expect(opened?.records).toEqual(records);
  });

  it('refuses a file whose new-kind record names another case', async () => {
    const content = newContentKey(1);
    const key = await fileKey(content);
    const records = emptyRecordSet();
    records.paces.push({ ...paceFields('r1', 'case:other', 500), ...meta });
    const bytes = await sealPayload('seg-b', content.id, key, { caseId: CASE, records });
    expect(await openPayload('seg-b', bytes, key, CASE)).toBeNull();
  });
});
