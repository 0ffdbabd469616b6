/**
 * Held-out status-report sentences (tests and the F1 figure only). Written after tuning of the
 * reader stopped, with the same labelling rules as status-report.examples.ts, and never used to
 * change the reader: their score is reported apart from the tuning set's. A sentence the reader
 * gets wrong stays here, labelled as a litigator would enter it.
 */
import { exp, pace, rel, type LabelledText } from './status-report.examples';

export const HELD_OUT: readonly LabelledText[] = [
  {
    text: 'Since the last status report, on May 26, 2023, ICE issued its twelfth interim response, in which it processed 511 pages and released 37 pages in full and 188 pages in part, withholding the remaining 286 pages in full.',
    date: '2023-06-09',
    rows: [rel('ICE', null, '2023-05-26', { processed: 511, releasedInFull: 37, releasedInPart: 188, withheldInFull: 286 })],
  },
  {
    text: 'CBP has now completed its searches and located a total of approximately 7,850 pages that it must review for responsiveness and exemptions.',
    date: '2022-02-28',
    rows: [exp('CBP', null, '2022-02-28', 7850, true)],
  },
  {
    text: 'The Federal Bureau of Prisons anticipates processing 250 pages per month.',
    date: '2021-07-19',
    rows: [pace('BOP', null, '2021-07-19', 250)],
  },
  {
    text: 'On 2/15/2022, the Department of the Interior released 112 pages to Plaintiff with limited redactions under Exemption 6.',
    date: '2022-03-01',
    rows: [rel('Interior', null, '2022-02-15', { releasedInPart: 112 })],
  },
  {
    text: 'HSI located 1,327 pages, ERO located 415 pages, and OPLA located 92 pages.',
    date: '2021-12-06',
    rows: [exp('ICE', 'HSI', '2021-12-06', 1327), exp('ICE', 'ERO', '2021-12-06', 415), exp('ICE', 'OPLA', '2021-12-06', 92)],
  },
  {
    text: 'Defendant FBI released 1,011 pages in its April 30, 2021 release: 214 pages were released in full, 709 pages were released in part, and 88 pages were withheld in their entirety.',
    date: '2021-05-14',
    rows: [rel('FBI', null, '2021-04-30', { processed: 1011, releasedInFull: 214, releasedInPart: 709, withheldInFull: 88 })],
  },
  {
    text: "The Department of Justice's Office of Information Policy estimates that roughly 2,600 pages of potentially responsive email remain to be reviewed.",
    date: '2020-08-03',
    rows: [exp('DOJ', 'OIP', '2020-08-03', 2600, true)],
  },
  {
    text: 'In its most recent production, made on January 13, 2023, USCIS reviewed 475 pages, of which 60 were produced in full, 305 were produced with redactions, and 110 were withheld in full.',
    date: '2023-01-27',
    rows: [rel('USCIS', null, '2023-01-13', { processed: 475, releasedInFull: 60, releasedInPart: 305, withheldInFull: 110 })],
  },
  {
    text: 'The parties jointly propose that DHS process and produce responsive, non-exempt records at a rate of 400 pages per month.',
    date: '2020-11-09',
    rows: [pace('DHS', null, '2020-11-09', 400)],
  },
  {
    text: "Plaintiff received Defendant's sixth production on March 3, 2022.",
    date: '2022-03-18',
    rows: [],
  },
  {
    text: 'The State Department has produced 2,416 pages of records to Plaintiff across nine productions, the most recent of which was made on June 30, 2021.',
    date: '2021-07-12',
    rows: [rel('State', null, '2021-07-12', { processed: 2416 })],
  },
  {
    text: 'No pages were withheld in full; all 84 pages were released with redactions pursuant to Exemptions 6 and 7(C).',
    date: '2019-04-22',
    rows: [rel('', null, '2019-04-22', { withheldInFull: 0, releasedInPart: 84 })],
  },
  {
    text: 'EOIR has identified 3,300 potentially responsive pages and will process 300 pages per month, with its first production due on August 1, 2022.',
    date: '2022-06-27',
    rows: [exp('EOIR', null, '2022-06-27', 3300), pace('EOIR', null, '2022-06-27', 300)],
  },
  {
    text: 'ICE’s ERO component processed 1,498 pages and referred 61 pages to CBP and 12 pages to USCIS for direct response.',
    date: '2022-09-12',
    rows: [rel('ICE', 'ERO', '2022-09-12', { processed: 1498, referred: 73 })],
  },
  {
    text: 'The Executive Office for United States Attorneys processed 96 pages and withheld all 96 pages in full under Exemptions 3, 6, and 7(C).',
    date: '2020-01-21',
    rows: [rel('EOUSA', null, '2020-01-21', { processed: 96, withheldInFull: 96 })],
  },
  {
    text: "Per the Court's January 5, 2023 Minute Order, Defendant must process a minimum of 1,500 pages per month.",
    date: '2023-02-06',
    rows: [pace('', null, '2023-01-05', 1500)],
  },
  {
    text: 'ICE estimates that its remaining production will consist of approximately 700 pages.',
    date: '2023-11-13',
    rows: [exp('ICE', null, '2023-11-13', 700, true)],
  },
  {
    text: "See Decl. of Jane Doe ¶ 12, ECF No. 40-1 (describing ICE's search of 17 custodians).",
    date: '2022-04-25',
    rows: [],
  },
  {
    text: 'Over the last two months, the Navy processed 850 pages, releasing 790 pages with redactions and withholding 60 pages.',
    date: '2021-10-04',
    rows: [rel('Navy', null, '2021-10-04', { processed: 850, releasedInPart: 790, withheldInFull: 60 })],
  },
  {
    text: 'The CIA has so far reviewed approximately 3,900 of the estimated 6,000 pages.',
    date: '2020-05-26',
    rows: [rel('CIA', null, '2020-05-26', { processed: 3900 }, true), exp('CIA', null, '2020-05-26', 6000, true)],
  },
  {
    text: "The agencies' collective production to date totals 12,244 pages.",
    date: '2022-07-18',
    rows: [rel('', null, '2022-07-18', { processed: 12244 })],
  },
  {
    text: 'DOJ will produce the remaining 450 pages on or before September 1, 2023.',
    date: '2023-08-07',
    rows: [exp('DOJ', null, '2023-08-07', 450)],
  },
  {
    text: "TSA's search returned 2,019 pages, of which 1,400 pages have been determined to be non-responsive.",
    date: '2019-02-11',
    rows: [exp('TSA', null, '2019-02-11', 2019)],
  },
  {
    text: 'On October 2, 2020, CBP produced 77 pages in full and 310 pages in part, and on November 2, 2020, CBP produced 54 pages in full and 298 pages in part.',
    date: '2020-11-16',
    rows: [
      rel('CBP', null, '2020-10-02', { releasedInFull: 77, releasedInPart: 310 }),
      rel('CBP', null, '2020-11-02', { releasedInFull: 54, releasedInPart: 298 }),
    ],
  },
  {
    text: 'USCIS intends to make its final production by December 15, 2023.',
    date: '2023-10-23',
    rows: [],
  },
  {
    text: 'The Court directed Defendants to process at least 2,000 pages per month beginning March 1, 2021 (ECF No. 18).',
    date: '2021-04-05',
    rows: [pace('', null, '2021-03-01', 2000)],
  },
  {
    text: 'FEMA identified roughly 44,000 pages of potentially responsive documents in its initial search.',
    date: '2018-10-15',
    rows: [exp('FEMA', null, '2018-10-15', 44000, true)],
  },
  {
    text: 'Of the 262 pages processed in June, 155 pages were released in full and 107 pages were released in part.',
    date: '2022-07-05',
    rows: [rel('', null, '2022-07-05', { processed: 262, releasedInFull: 155, releasedInPart: 107 })],
  },
  {
    text: 'Defendant also referred 18 pages to the Department of State, which has not yet responded.',
    date: '2021-03-15',
    rows: [rel('', null, '2021-03-15', { referred: 18 })],
  },
  {
    text: 'The Office of Legal Counsel has completed processing and released 41 pages in part and 3 pages in full.',
    date: '2020-09-08',
    rows: [rel('OLC', null, '2020-09-08', { releasedInPart: 41, releasedInFull: 3 })],
  },
  {
    text: 'The parties will file a further joint status report within 60 days, on or before October 30, 2023.',
    date: '2023-08-31',
    rows: [],
  },
  {
    text: "ICE's prior status report (ECF No. 56) described 4 productions.",
    date: '2023-03-27',
    rows: [],
  },
];
