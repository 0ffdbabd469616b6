/**
 * Labelled status-report sentences for the reader (tests and the F1 figure only; nothing ships
 * them). Written by us, modelled on the phrasing of FOIA joint status reports filed in D.D.C.,
 * S.D.N.Y. and N.D. Cal.; the agencies, dates and counts are made up. Labels say what a litigator
 * would enter, not what the reader happens to output:
 *
 * - `agency` is the acronym litigants use (ICE, State, DoD) or the name as written; '' when the
 *   text names none ("Defendant processed…"). `component` is null unless one is named.
 * - `date` is the date the text gives for that row, else the filing date.
 * - A release's "released N pages" with no "in full"/"in part" and no processed count is its
 *   processed count; "released in full or in part" fills no column.
 * - Identified, located, estimated and remaining volumes are `expected` rows; rates are `pace`.
 * - `approximate` when the text hedges the number (approximately, about, more than, estimates).
 *
 * `TUNING` is the set the reader was developed against. `HELD_OUT` (status-report.heldout.examples.ts)
 * was written after tuning stopped and is scored separately.
 */
import type { BatchRow, ProposedPages } from './proposed-row';

export interface LabelledText {
  text: string;
  date: string | null;
  rows: BatchRow[];
}

const pages = (p: Partial<ProposedPages>): ProposedPages => ({
  processed: null,
  releasedInFull: null,
  releasedInPart: null,
  withheldInFull: null,
  referred: null,
  identified: null,
  ...p,
});

export const rel = (agency: string, component: string | null, date: string | null, p: Partial<ProposedPages>, approximate = false): BatchRow => ({
  kind: 'release',
  agency,
  component,
  date,
  pages: pages(p),
  perMonth: null,
  approximate,
});

export const exp = (agency: string, component: string | null, date: string | null, identified: number, approximate = false): BatchRow => ({
  kind: 'expected',
  agency,
  component,
  date,
  pages: pages({ identified }),
  perMonth: null,
  approximate,
});

export const pace = (agency: string, component: string | null, date: string | null, perMonth: number, approximate = false): BatchRow => ({
  kind: 'pace',
  agency,
  component,
  date,
  pages: pages({}),
  perMonth,
  approximate,
});

export const TUNING: readonly LabelledText[] = [
  {
    text: 'Defendant processed 512 pages and released 300 pages in full and 150 in part, withholding 62 pages in full pursuant to Exemptions 5, 6 and 7(C).',
    date: '2023-06-01',
    rows: [rel('', null, '2023-06-01', { processed: 512, releasedInFull: 300, releasedInPart: 150, withheldInFull: 62 })],
  },
  {
    text: 'ICE identified 46 pages from Policy, 909 pages from HSI, 186 pages from ERO … approximately 2947 pages from OPLA.',
    date: '2021-07-13',
    rows: [
      exp('ICE', 'Policy', '2021-07-13', 46),
      exp('ICE', 'HSI', '2021-07-13', 909),
      exp('ICE', 'ERO', '2021-07-13', 186),
      exp('ICE', 'OPLA', '2021-07-13', 2947, true),
    ],
  },
  {
    text: 'On March 15, 2023, ICE made its third interim release, processing 500 pages, of which 212 pages were released in part, 30 pages were released in full, and 258 pages were withheld in full.',
    date: '2023-04-03',
    rows: [rel('ICE', null, '2023-03-15', { processed: 500, releasedInFull: 30, releasedInPart: 212, withheldInFull: 258 })],
  },
  {
    text: 'Since the last Joint Status Report, CBP has processed an additional 1,012 pages of potentially responsive records and released 456 pages with redactions pursuant to FOIA Exemptions (b)(6), (b)(7)(C), and (b)(7)(E).',
    date: '2022-09-30',
    rows: [rel('CBP', null, '2022-09-30', { processed: 1012, releasedInPart: 456 })],
  },
  {
    text: 'The State Department anticipates that it will process at least 300 pages per month.',
    date: '2021-02-01',
    rows: [pace('State', null, '2021-02-01', 300)],
  },
  {
    text: 'USCIS has located approximately 12,000 pages of potentially responsive records.',
    date: '2020-11-16',
    rows: [exp('USCIS', null, '2020-11-16', 12000, true)],
  },
  {
    text: 'EOUSA referred 15 pages to the FBI for direct response to Plaintiff.',
    date: '2019-05-20',
    rows: [rel('EOUSA', null, '2019-05-20', { referred: 15 })],
  },
  {
    text: 'The Court ordered Defendant to process 500 pages per month.',
    date: '2022-03-04',
    rows: [pace('', null, '2022-03-04', 500)],
  },
  {
    text: 'On January 31, 2022, the FBI made its seventh interim release to Plaintiff, consisting of 487 pages, of which 302 pages were released in part and 185 pages were withheld in full.',
    date: '2022-02-14',
    rows: [rel('FBI', null, '2022-01-31', { processed: 487, releasedInPart: 302, withheldInFull: 185 })],
  },
  {
    text: 'DHS OIG processed 623 pages, releasing 41 pages in full and 398 pages in part, and withholding 184 pages in full.',
    date: '2023-01-10',
    rows: [rel('DHS', 'OIG', '2023-01-10', { processed: 623, releasedInFull: 41, releasedInPart: 398, withheldInFull: 184 })],
  },
  {
    text: "ICE's search located approximately 4,088 pages of potentially responsive records.",
    date: '2021-05-03',
    rows: [exp('ICE', null, '2021-05-03', 4088, true)],
  },
  {
    text: 'Of the 1,250 pages reviewed this month, USCIS released 310 pages in full, released 702 pages in part, and withheld 238 pages in full.',
    date: '2022-08-01',
    rows: [rel('USCIS', null, '2022-08-01', { processed: 1250, releasedInFull: 310, releasedInPart: 702, withheldInFull: 238 })],
  },
  {
    text: 'CBP produced 341 pages to Plaintiff on April 14, 2023.',
    date: '2023-05-01',
    rows: [rel('CBP', null, '2023-04-14', { processed: 341 })],
  },
  {
    text: 'The parties have agreed that ICE will process 1,000 pages of potentially responsive records per month, with productions made on the last business day of each month.',
    date: '2020-10-09',
    rows: [pace('ICE', null, '2020-10-09', 1000)],
  },
  {
    text: 'In its June 2022 interim response, the Department of State released 25 documents in full and 40 documents in part.',
    date: '2022-07-01',
    rows: [],
  },
  {
    text: 'FBI anticipates that approximately 6,500 pages remain to be processed.',
    date: '2023-02-27',
    rows: [exp('FBI', null, '2023-02-27', 6500, true)],
  },
  {
    text: 'OIP has completed its search and identified 2,310 potentially responsive pages, which it is now reviewing.',
    date: '2019-12-02',
    rows: [exp('OIP', null, '2019-12-02', 2310)],
  },
  {
    text: 'To date, the Army has produced a total of 3,145 pages.',
    date: '2021-09-15',
    rows: [rel('Army', null, '2021-09-15', { processed: 3145 })],
  },
  {
    text: 'ICE processed 909 pages from HSI, releasing 120 pages in full and 30 pages in part, and withholding 10 pages in full.',
    date: '2021-09-13',
    rows: [rel('ICE', 'HSI', '2021-09-13', { processed: 909, releasedInFull: 120, releasedInPart: 30, withheldInFull: 10 })],
  },
  {
    text: 'For ERO, ICE processed 186 pages; it released 40 pages in full, 6 pages in part, and withheld 5 pages in full.',
    date: '2021-10-13',
    rows: [rel('ICE', 'ERO', '2021-10-13', { processed: 186, releasedInFull: 40, releasedInPart: 6, withheldInFull: 5 })],
  },
  {
    text: 'USCIS will continue to process 500 pages per month and will make its next interim release on or before July 31, 2023.',
    date: '2023-06-30',
    rows: [pace('USCIS', null, '2023-06-30', 500)],
  },
  {
    text: 'Defendants propose a processing rate of 750 pages per month for each of the three components.',
    date: '2022-01-18',
    rows: [pace('', null, '2022-01-18', 750)],
  },
  {
    text: "The Department of Education has identified approximately 18,000 pages of emails that may be responsive to Plaintiff's request.",
    date: '2020-06-22',
    rows: [exp('Education', null, '2020-06-22', 18000, true)],
  },
  {
    text: 'On September 30, 2021, Defendant issued its final response, releasing 1,420 pages in part and withholding 112 pages in full.',
    date: '2021-10-15',
    rows: [rel('', null, '2021-09-30', { releasedInPart: 1420, withheldInFull: 112 })],
  },
  {
    text: 'NSA referred 37 pages to other agencies for consultation and will produce those pages upon completion of the consultations.',
    date: '2022-04-11',
    rows: [rel('NSA', null, '2022-04-11', { referred: 37 })],
  },
  {
    text: "ICE's Office of the Principal Legal Advisor located 2,947 pages and the Office of Policy located 46 pages.",
    date: '2021-06-01',
    rows: [exp('ICE', 'OPLA', '2021-06-01', 2947), exp('ICE', 'Office of Policy', '2021-06-01', 46)],
  },
  {
    text: 'In its fourth interim release, dated November 10, 2022, USCIS reviewed 1,537 pages and released 1,102 pages in part; 435 pages were withheld in full under Exemptions 5 and 6.',
    date: '2022-12-01',
    rows: [rel('USCIS', null, '2022-11-10', { processed: 1537, releasedInPart: 1102, withheldInFull: 435 })],
  },
  {
    text: "Defendant has produced documents to Plaintiff on twelve occasions since the Court's Order of March 1, 2021 (ECF No. 14).",
    date: '2022-05-02',
    rows: [],
  },
  {
    text: 'As of the date of this filing, CBP estimates that approximately 3,200 pages remain to be processed.',
    date: '2023-03-20',
    rows: [exp('CBP', null, '2023-03-20', 3200, true)],
  },
  {
    text: 'The FBI processed 512 pages for its release on May 12, 2023 and released 227 of those pages in part.',
    date: '2023-06-05',
    rows: [rel('FBI', null, '2023-05-12', { processed: 512, releasedInPart: 227 })],
  },
  {
    text: 'NARA estimates that the collection contains more than 25,000 pages.',
    date: '2019-08-30',
    rows: [exp('NARA', null, '2019-08-30', 25000, true)],
  },
  {
    text: 'The Navy released 58 pages in full, 211 pages in part, and withheld 14 pages in full on February 28, 2023.',
    date: '2023-03-10',
    rows: [rel('Navy', null, '2023-02-28', { releasedInFull: 58, releasedInPart: 211, withheldInFull: 14 })],
  },
  {
    text: 'CIA has completed processing of the 87 pages referred to it by the State Department and released 12 pages in part.',
    date: '2020-02-03',
    rows: [rel('CIA', null, '2020-02-03', { processed: 87, releasedInPart: 12 })],
  },
  {
    text: 'ICE and CBP will each process 500 pages per month.',
    date: '2021-01-22',
    rows: [pace('ICE', null, '2021-01-22', 500), pace('CBP', null, '2021-01-22', 500)],
  },
  {
    text: 'Defendant respectfully requests that the Court set a processing schedule of 300 pages per month, beginning on July 1, 2023.',
    date: '2023-06-09',
    rows: [pace('', null, '2023-07-01', 300)],
  },
  {
    text: "The Government's search of the Office of the Director of National Intelligence's records returned 604 potentially responsive pages.",
    date: '2022-10-28',
    rows: [exp('ODNI', null, '2022-10-28', 604)],
  },
  {
    text: 'On August 1, 2022, DoD released 96 pages in full and 143 pages in part, and referred 22 pages to the CIA.',
    date: '2022-08-15',
    rows: [rel('DoD', null, '2022-08-01', { releasedInFull: 96, releasedInPart: 143, referred: 22 })],
  },
  {
    text: 'EOUSA reviewed 2,112 pages, of which 1,805 were found to be non-responsive or duplicative; it released the remaining 307 pages in part.',
    date: '2020-09-14',
    rows: [rel('EOUSA', null, '2020-09-14', { processed: 2112, releasedInPart: 307 })],
  },
  {
    text: 'Defendant will make monthly productions, processing at least 400 pages each month.',
    date: '2021-03-29',
    rows: [pace('', null, '2021-03-29', 400)],
  },
  {
    text: "The FBI has located approximately 38,000 pages potentially responsive to Plaintiff's request.",
    date: '2018-11-05',
    rows: [exp('FBI', null, '2018-11-05', 38000, true)],
  },
  {
    text: 'USCIS made its ninth interim production on June 30, 2023, releasing 450 pages in full or in part and withholding 50 pages in full.',
    date: '2023-07-14',
    rows: [rel('USCIS', null, '2023-06-30', { withheldInFull: 50 })],
  },
  {
    text: 'HHS has processed 2,000 of the approximately 5,600 pages it identified as potentially responsive.',
    date: '2022-02-22',
    rows: [rel('HHS', null, '2022-02-22', { processed: 2000 }), exp('HHS', null, '2022-02-22', 5600, true)],
  },
  {
    text: "Pursuant to the Court's Minute Order of May 3, 2022, ICE shall process and produce 500 pages of responsive records every 30 days.",
    date: '2022-06-01',
    rows: [pace('ICE', null, '2022-05-03', 500)],
  },
  {
    text: 'Plaintiff’s FOIA request, No. 2019-ICFO-10432, was submitted on February 4, 2019.',
    date: '2019-10-01',
    rows: [],
  },
  {
    text: "See Joint Status Report, ECF No. 22, at 2 (Apr. 3, 2023); Judicial Watch, Inc. v. U.S. Dep't of Justice, 365 F.3d 1108, 1114 (D.C. Cir. 2004).",
    date: '2023-05-01',
    rows: [],
  },
  {
    text: 'The next joint status report is due on or before August 15, 2023, and every 60 days thereafter.',
    date: '2023-06-15',
    rows: [],
  },
  {
    text: 'Defendant has paid $350 in fees and Plaintiff narrowed its request to 14 custodians and 25 search terms covering the period from January 1, 2017 through December 31, 2019.',
    date: '2020-01-10',
    rows: [],
  },
  {
    text: 'Plaintiff contends that 25% of the pages were improperly withheld under Exemption 5.',
    date: '2021-12-01',
    rows: [],
  },
  {
    text: 'On July 7, 2023, the Department of the Treasury produced its second interim response, totaling 1,024 pages, of which 900 pages were released in full and 124 pages were released in part.',
    date: '2023-07-21',
    rows: [rel('Treasury', null, '2023-07-07', { processed: 1024, releasedInFull: 900, releasedInPart: 124 })],
  },
  {
    text: "ICE estimates that there are approximately 20,000 pages of potentially responsive records in the custodians' email accounts.",
    date: '2020-04-06',
    rows: [exp('ICE', null, '2020-04-06', 20000, true)],
  },
  {
    text: 'The agency processed thirty (30) pages and released them in full.',
    date: '2019-03-18',
    rows: [rel('', null, '2019-03-18', { processed: 30 })],
  },
  {
    text: 'USCIS processed 1,002 pages this period: 120 pages were released in full, 800 pages were released in part, 62 pages were withheld in full, and 20 pages were referred to ICE for direct response.',
    date: '2022-11-30',
    rows: [rel('USCIS', null, '2022-11-30', { processed: 1002, releasedInFull: 120, releasedInPart: 800, withheldInFull: 62, referred: 20 })],
  },
  {
    text: 'CBP located 3,510 pages of records from the Office of Field Operations and 920 pages from U.S. Border Patrol.',
    date: '2021-08-02',
    rows: [exp('CBP', 'OFO', '2021-08-02', 3510), exp('CBP', 'USBP', '2021-08-02', 920)],
  },
  {
    text: 'The FBI will process 500 pages per month beginning June 1, 2023.',
    date: '2023-05-15',
    rows: [pace('FBI', null, '2023-06-01', 500)],
  },
  {
    text: 'Defendant Department of Homeland Security (“DHS”) has located approximately 1,600 pages; DHS’s Office for Civil Rights and Civil Liberties located an additional 210 pages.',
    date: '2022-03-21',
    rows: [exp('DHS', null, '2022-03-21', 1600, true), exp('DHS', 'CRCL', '2022-03-21', 210)],
  },
  {
    text: 'State processed 1,113 pages of potentially responsive material, releasing 312 in full and 610 in part; the remaining 191 pages were withheld in full.',
    date: '2021-04-30',
    rows: [rel('State', null, '2021-04-30', { processed: 1113, releasedInFull: 312, releasedInPart: 610, withheldInFull: 191 })],
  },
  {
    text: 'OLC has reviewed 73 pages and produced them to Plaintiff with redactions.',
    date: '2020-07-27',
    rows: [rel('OLC', null, '2020-07-27', { processed: 73 })],
  },
  {
    text: 'To date, ICE has made nine interim releases, and it anticipates completing its production of the remaining 2,500 pages by December 2023.',
    date: '2023-08-01',
    rows: [exp('ICE', null, '2023-08-01', 2500)],
  },
  {
    text: "CBP's production on May 31, 2023 consisted of 228 pages released in part and 12 pages withheld in full.",
    date: '2023-06-12',
    rows: [rel('CBP', null, '2023-05-31', { releasedInPart: 228, withheldInFull: 12 })],
  },
  {
    text: 'In the last 30 days, USCIS processed 875 pages.',
    date: '2022-12-19',
    rows: [rel('USCIS', null, '2022-12-19', { processed: 875 })],
  },
  {
    text: 'The FBI located 1,900 pages and expects to process them at a rate of 500 pages per month.',
    date: '2019-07-08',
    rows: [exp('FBI', null, '2019-07-08', 1900), pace('FBI', null, '2019-07-08', 500)],
  },
  {
    text: 'ICE processed 1,234 pages in its April 28, 2023 production: 1,100 were released in part, 100 were withheld in full as exempt, and 34 were referred to CBP.',
    date: '2023-05-08',
    rows: [rel('ICE', null, '2023-04-28', { processed: 1234, releasedInPart: 1100, withheldInFull: 100, referred: 34 })],
  },
  {
    text: "Since the parties' last report, the Department of Labor released 17 pages in full and 88 pages with redactions.",
    date: '2020-10-19',
    rows: [rel('DOL', null, '2020-10-19', { releasedInFull: 17, releasedInPart: 88 })],
  },
  {
    text: 'The Secret Service has completed its search and estimates that it will need to review approximately 9,000 pages.',
    date: '2021-11-08',
    rows: [exp('USSS', null, '2021-11-08', 9000, true)],
  },
  {
    text: "The FBI's eighth release, made on October 16, 2023, contained 500 reviewed pages, 410 of which were released in whole or in part.",
    date: '2023-10-30',
    rows: [rel('FBI', null, '2023-10-16', { processed: 500 })],
  },
  {
    text: 'CBP processed 300 pages and released 120 of them in part, while ICE processed 450 pages and released 200 pages in full.',
    date: '2022-06-06',
    rows: [rel('CBP', null, '2022-06-06', { processed: 300, releasedInPart: 120 }), rel('ICE', null, '2022-06-06', { processed: 450, releasedInFull: 200 })],
  },
  {
    text: "The Department of State's Office of Information Programs and Services reviewed 1,900 pages.",
    date: '2018-04-23',
    rows: [rel('State', 'Office of Information Programs and Services', '2018-04-23', { processed: 1900 })],
  },
  {
    text: 'OPR identified 312 potentially responsive pages.',
    date: '2020-05-11',
    rows: [exp('OPR', null, '2020-05-11', 312)],
  },
  {
    text: "Defendant's search yielded 14,000 pages, which Defendant is reviewing at a rate of 1,000 pages per month.",
    date: '2021-06-21',
    rows: [exp('', null, '2021-06-21', 14000), pace('', null, '2021-06-21', 1000)],
  },
  {
    text: 'The parties agree that the Department of Veterans Affairs will produce 250 pages a month.',
    date: '2022-09-09',
    rows: [pace('VA', null, '2022-09-09', 250)],
  },
  {
    text: 'On March 1, 2023, the Court entered a Minute Order directing the parties to file a joint status report by April 3, 2023.',
    date: '2023-04-03',
    rows: [],
  },
  {
    text: 'Plaintiff submitted its FOIA request to ICE on June 12, 2018, and ICE assigned it tracking number 2018-ICFO-26258.',
    date: '2019-01-07',
    rows: [],
  },
  {
    text: 'See Citizens for Responsibility & Ethics in Wash. v. FEC, 711 F.3d 180, 186 (D.C. Cir. 2013); 5 U.S.C. § 552(a)(6)(A)(i).',
    date: '2020-03-02',
    rows: [],
  },
  {
    text: "The parties' previous joint status report, ECF No. 31, was filed on January 9, 2023, in Case No. 1:22-cv-01234-RDM.",
    date: '2023-03-10',
    rows: [],
  },
  {
    text: 'Plaintiff reserves the right to challenge the withholdings, see ECF No. 27 at 4-5, and will confer with Defendant within 14 days.',
    date: '2022-07-25',
    rows: [],
  },
  {
    text: "Defendant's motion for summary judgment is due 60 days after the final production, and Plaintiff's cross-motion 30 days thereafter.",
    date: '2021-05-17',
    rows: [],
  },
  {
    text: 'The request seeks records created between January 1, 2017 and the present concerning 3 detention facilities.',
    date: '2018-09-04',
    rows: [],
  },
  {
    text: 'ICE uses 12 search terms across 45 custodians.',
    date: '2020-12-14',
    rows: [],
  },
  {
    text: 'Under Exemption 7(C), and consistent with 28 C.F.R. § 16.5, the agency withheld the names of 2 employees.',
    date: '2021-02-08',
    rows: [],
  },
  {
    text: 'The Court held a status conference on October 3, 2022 at 10:00 a.m. in Courtroom 9.',
    date: '2022-10-04',
    rows: [],
  },
  {
    text: 'Plaintiff filed this action on 4/5/2021, see Compl., ECF No. 1, and Defendant answered on 6/7/2021, ECF No. 9.',
    date: '2021-08-16',
    rows: [],
  },
  {
    text: 'ICE will produce a Vaughn index within 45 days of its final release.',
    date: '2023-09-05',
    rows: [],
  },
  {
    text: 'This Court has jurisdiction under 28 U.S.C. § 1331 and 5 U.S.C. § 552(a)(4)(B).',
    date: null,
    rows: [],
  },
  {
    text: 'On December 1, 2022, USCIS made its sixth interim release. In that release, USCIS processed 640 pages and released 512 pages in part.',
    date: '2022-12-20',
    rows: [rel('USCIS', null, '2022-12-01', { processed: 640, releasedInPart: 512 })],
  },
  {
    text: 'U.S. Immigration and Customs Enforcement (“ICE”) has processed 2,000 pages to date. It released 1,500 pages in part and withheld 500 pages in full.',
    date: null,
    rows: [rel('ICE', null, null, { processed: 2000 }), rel('ICE', null, null, { releasedInPart: 1500, withheldInFull: 500 })],
  },
  {
    text: 'Defendant made its first interim production on 10/15/2020, producing 127 pages in full and 33 pages in part.',
    date: '2020-11-02',
    rows: [rel('', null, '2020-10-15', { releasedInFull: 127, releasedInPart: 33 })],
  },
  {
    text: 'In addition, 94 pages were referred to the Department of Defense for consultation.',
    date: '2020-11-02',
    rows: [rel('', null, '2020-11-02', { referred: 94 })],
  },
  {
    text: 'The FBI has reviewed 3,000 pages to date and has released 1,215 pages, in full or in part, to Plaintiff.',
    date: '2021-03-01',
    rows: [rel('FBI', null, '2021-03-01', { processed: 3000 })],
  },
  {
    text: 'ICE reprocessed 412 pages previously produced and released an additional 57 pages in part.',
    date: '2022-01-31',
    rows: [rel('ICE', null, '2022-01-31', { processed: 412, releasedInPart: 57 })],
  },
  {
    text: 'State has identified approximately 2,400 documents, comprising roughly 11,000 pages, that are potentially responsive.',
    date: '2020-08-17',
    rows: [exp('State', null, '2020-08-17', 11000, true)],
  },
  {
    text: 'The Department of Justice’s Civil Rights Division has processed 1,478 pages, releasing 1,203 pages in part and withholding 275 pages in full.',
    date: '2019-06-10',
    rows: [rel('DOJ', 'CRT', '2019-06-10', { processed: 1478, releasedInPart: 1203, withheldInFull: 275 })],
  },
  {
    text: 'Customs and Border Protection (“CBP”) anticipates producing its next release of approximately 400 pages by September 29, 2023.',
    date: '2023-08-31',
    rows: [],
  },
  {
    text: 'USCIS produced 1,750 pages on 2/28/2023, bringing the total number of pages produced to date to 9,412.',
    date: '2023-03-13',
    rows: [rel('USCIS', null, '2023-02-28', { processed: 1750 })],
  },
  {
    text: "The Bureau of Prisons located 640 pages of records responsive to Plaintiff's request and released 402 pages in full on May 17, 2021.",
    date: '2021-06-01',
    rows: [exp('BOP', null, '2021-06-01', 640), rel('BOP', null, '2021-05-17', { releasedInFull: 402 })],
  },
  {
    text: 'Of the 3,418 pages processed to date, Defendant has released 1,202 pages in full and 1,860 pages in part, and has withheld 356 pages in full.',
    date: '2022-04-04',
    rows: [rel('', null, '2022-04-04', { processed: 3418, releasedInFull: 1202, releasedInPart: 1860, withheldInFull: 356 })],
  },
  {
    text: 'In total, DHS has processed 4,400 pages across its four productions.',
    date: '2021-12-13',
    rows: [rel('DHS', null, '2021-12-13', { processed: 4400 })],
  },
  {
    text: 'Plaintiff has agreed to a processing rate of 350 pages per month for the CIA.',
    date: '2020-02-24',
    rows: [pace('CIA', null, '2020-02-24', 350)],
  },
  {
    text: 'Defendant continues to process records at a rate of 500 pages per month and anticipates completing production by March 2024.',
    date: '2023-10-02',
    rows: [pace('', null, '2023-10-02', 500)],
  },
  {
    text: "HUD's most recent release, on June 2, 2023, consisted of 150 pages released in full and 25 pages released in part.",
    date: '2023-06-16',
    rows: [rel('HUD', null, '2023-06-02', { releasedInFull: 150, releasedInPart: 25 })],
  },
  {
    text: 'The Executive Office for Immigration Review released 78 pages in full, 19 pages in part, and withheld no pages in full.',
    date: '2019-09-23',
    rows: [rel('EOIR', null, '2019-09-23', { releasedInFull: 78, releasedInPart: 19, withheldInFull: 0 })],
  },
  {
    text: 'In sum, CBP has produced 6,203 pages of records to Plaintiff in eleven productions.',
    date: '2022-11-14',
    rows: [rel('CBP', null, '2022-11-14', { processed: 6203 })],
  },
  {
    text: "ICE has completed its processing of all records responsive to Plaintiff's request.",
    date: '2023-12-04',
    rows: [],
  },
  {
    text: "The FBI's search located 1,046 pages, 212 of which were duplicates.",
    date: '2021-07-26',
    rows: [exp('FBI', null, '2021-07-26', 1046)],
  },
  {
    text: 'USCIS reviewed 812 pages and determined that 640 pages were not responsive to the request.',
    date: '2020-12-07',
    rows: [rel('USCIS', null, '2020-12-07', { processed: 812 })],
  },
  {
    text: 'The State Department processed 624 pages, of which it released 207 in full and 351 in part and withheld 66 in full.',
    date: '2021-01-11',
    rows: [rel('State', null, '2021-01-11', { processed: 624, releasedInFull: 207, releasedInPart: 351, withheldInFull: 66 })],
  },
  {
    text: 'The CIA has reviewed approximately 1,300 pages and expects to complete its review of the remaining 700 pages by November 2023.',
    date: '2023-08-14',
    rows: [rel('CIA', null, '2023-08-14', { processed: 1300 }, true), exp('CIA', null, '2023-08-14', 700)],
  },
  {
    text: 'Plaintiff brought this action against the U.S. Department of Justice (“DOJ” or “the Department”). The Department has processed 2,730 pages and released 1,904 pages in part.',
    date: '2022-05-16',
    rows: [rel('DOJ', null, '2022-05-16', { processed: 2730, releasedInPart: 1904 })],
  },
  {
    text: 'Plaintiff American Oversight (“American Oversight”) and Defendant U.S. Department of Agriculture (“USDA”) submit this joint status report. USDA has made six productions totaling 1,311 pages.',
    date: '2021-10-25',
    rows: [rel('USDA', null, '2021-10-25', { processed: 1311 })],
  },
  {
    text: 'NASA produced 64 pages, with portions redacted under Exemptions 4 and 6.',
    date: '2018-02-05',
    rows: [rel('NASA', null, '2018-02-05', { processed: 64 })],
  },
  {
    text: 'The FBI released 95 pages in full and 315 pages in part, and withheld 1,132 pages; the FBI also withheld 412 duplicate pages.',
    date: '2020-09-28',
    rows: [rel('FBI', null, '2020-09-28', { releasedInFull: 95, releasedInPart: 315, withheldInFull: 1132 })],
  },
  {
    text: 'Defendant shall process no fewer than 1,000 pages per month.',
    date: '2021-04-19',
    rows: [pace('', null, '2021-04-19', 1000)],
  },
  {
    text: 'ICE produced 150 pages on May 1, 2023, 175 pages on June 1, 2023, and 200 pages on July 3, 2023.',
    date: '2023-07-17',
    rows: [rel('ICE', null, '2023-05-01', { processed: 150 }), rel('ICE', null, '2023-06-01', { processed: 175 }), rel('ICE', null, '2023-07-03', { processed: 200 })],
  },
  {
    text: 'The agencies will collectively process 2,000 pages a month.',
    date: '2022-02-07',
    rows: [pace('', null, '2022-02-07', 2000)],
  },
  {
    text: 'USCIS has agreed to increase its processing rate to 750 pages per month beginning in September 2022.',
    date: '2022-08-22',
    rows: [pace('USCIS', null, '2022-09-01', 750)],
  },
  {
    text: "Since the parties' last joint status report, Defendant has made two additional productions. On May 31, 2019, Defendant produced 254 pages, and on June 28, 2019, Defendant produced 301 pages.",
    date: '2019-07-12',
    rows: [rel('', null, '2019-05-31', { processed: 254 }), rel('', null, '2019-06-28', { processed: 301 })],
  },
  {
    text: 'Of those records, 231 pages were released in full, 1,245 pages were released in part, and 2,119 pages were withheld in full.',
    date: '2020-03-16',
    rows: [rel('', null, '2020-03-16', { releasedInFull: 231, releasedInPart: 1245, withheldInFull: 2119 })],
  },
  {
    text: "Defendant's FOIA office processed a total of 3,142 pages for this production, releasing 103 pages in full, 1,017 pages in part, and withholding 2,022 pages in full as exempt pursuant to FOIA Exemptions 3, 5, 6, 7(C), and 7(E).",
    date: '2021-02-22',
    rows: [rel('', null, '2021-02-22', { processed: 3142, releasedInFull: 103, releasedInPart: 1017, withheldInFull: 2022 })],
  },
  {
    text: 'The remaining 10,000 pages are being processed at a rate of 500 pages per month.',
    date: '2022-10-03',
    rows: [exp('', null, '2022-10-03', 10000), pace('', null, '2022-10-03', 500)],
  },
  {
    text: 'CBP identified 10,832 pages of potentially responsive records, which it will process at a rate of 500 pages per month.',
    date: '2021-11-22',
    rows: [exp('CBP', null, '2021-11-22', 10832), pace('CBP', null, '2021-11-22', 500)],
  },
  {
    text: 'ICE processed 1,000 pages this month, bringing its total to 6,000 pages processed.',
    date: '2022-12-30',
    rows: [rel('ICE', null, '2022-12-30', { processed: 1000 })],
  },
  {
    text: 'Defendant has produced more than 4,000 pages to date.',
    date: '2020-06-08',
    rows: [rel('', null, '2020-06-08', { processed: 4000 }, true)],
  },
  {
    text: 'ICE has released 1,345 pages, withheld 2,102 pages in full, and referred 310 pages to other agencies.',
    date: '2021-08-30',
    rows: [rel('ICE', null, '2021-08-30', { processed: 1345, withheldInFull: 2102, referred: 310 })],
  },
  {
    text: "USCIS's next production, of approximately 500 pages, is due on May 15, 2023.",
    date: '2023-04-17',
    rows: [],
  },
  {
    text: 'The FBI has identified approximately 9,000 pages of records, of which approximately 4,000 pages have been processed.',
    date: '2020-10-26',
    rows: [exp('FBI', null, '2020-10-26', 9000, true), rel('FBI', null, '2020-10-26', { processed: 4000 }, true)],
  },
  {
    text: 'Defendants have now processed all 14,567 pages of potentially responsive records.',
    date: '2023-01-23',
    rows: [rel('', null, '2023-01-23', { processed: 14567 })],
  },
  {
    text: 'CBP processes approximately 1,000 pages per month.',
    date: '2022-05-09',
    rows: [pace('CBP', null, '2022-05-09', 1000, true)],
  },
  {
    text: 'The Department of Homeland Security will continue processing at a monthly rate of 300 pages.',
    date: '2021-09-27',
    rows: [pace('DHS', null, '2021-09-27', 300)],
  },
  {
    text: 'Sixty-two pages were fully withheld and 150 pages were partially released.',
    date: '2019-11-18',
    rows: [rel('', null, '2019-11-18', { withheldInFull: 62, releasedInPart: 150 })],
  },
  {
    text: 'ICE made a 2,000-page production to Plaintiff on November 1, 2022.',
    date: '2022-11-21',
    rows: [rel('ICE', null, '2022-11-01', { processed: 2000 })],
  },
  {
    text: 'The FBI released 311 partially redacted pages and 42 unredacted pages.',
    date: '2021-05-24',
    rows: [rel('FBI', null, '2021-05-24', { releasedInPart: 311, releasedInFull: 42 })],
  },

];
