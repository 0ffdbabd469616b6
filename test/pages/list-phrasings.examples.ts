/**
 * Case numbers cited together in docket text, as clerks and litigators write them, with every
 * number each entry cites and the court it belongs to. Our own sentences, modelled on the kinds
 * of entries real dockets carry (the genre of each is named; the corpus's district, bankruptcy,
 * appellate and J.P.M.L. dockets have entries of each kind), never copied from a page. Negatives
 * have the same shapes and cite no case. Read by list-phrasings.test.ts on PACER pages and on
 * hand-built CourtListener pages.
 */

export interface Phrasing {
  /** What kind of real entry this is modelled on. */
  genre: string;
  /** The court whose docket prints the entry. */
  court: string;
  /** The docket's own case (never reported as a mention). */
  page: string;
  /** On a court of appeals' docket: the court appealed from, as its "Appeal From:" line names it, and its id. */
  appealFrom?: [name: string, court: string];
  /** The docket text. */
  text: string;
  /** Every other case number the entry cites, as printed (or, in a written range, implied), with its court. */
  numbers: Array<[text: string, court: string]>;
}

export const PHRASINGS: readonly Phrasing[] = [
  {
    genre: 'district docket: USCA case number notice',
    court: 'wawd', page: '2:19-cv-00471-RSL',
    text: 'USCA Case Number 19-35011 for 45 Notice of Appeal filed by Jane Doe. (KMC) (Entered: 01/22/2019)',
    numbers: [['19-35011', 'ca9']],
  },
  {
    genre: 'district docket: order of the court of appeals consolidating appeals',
    court: 'wawd', page: '2:19-cv-00471-RSL',
    text: 'ORDER of USCA as to 45 Notice of Appeal, 47 Notice of Cross Appeal: Consolidated appeal Nos. 19-35011 and 19-35023 are submitted on the briefs. (KMC) (Entered: 06/03/2019)',
    numbers: [['19-35011', 'ca9'], ['19-35023', 'ca9']],
  },
  {
    genre: 'district docket: mandate naming two appeals in brackets',
    court: 'cand', page: '3:17-cv-05264-VC',
    text: 'MANDATE of USCA (18-15068, 18-15070) as to 52 Notice of Appeal to the 9th Circuit filed by Apple Inc. (cjl, COURT STAFF) (Filed on 9/30/2019) (Entered: 09/30/2019)',
    numbers: [['18-15068', 'ca9'], ['18-15070', 'ca9']],
  },
  {
    genre: 'district docket: order relating cases with case names after each',
    court: 'cand', page: '3:20-cv-01230-JST',
    text: 'ORDER RELATING CASES. The Court finds that related cases 3:20-cv-01234-JST, 20-1235 (Doe v. Roe), and 20-1240 (Poe v. Roe) concern the same records request. Signed by Judge Jon S. Tigar on 4/2/2020. (wsn, COURT STAFF) (Filed on 4/2/2020) (Entered: 04/02/2020)',
    numbers: [['3:20-cv-01234-JST', 'cand'], ['20-1235', 'cand'], ['20-1240', 'cand']],
  },
  {
    genre: 'district docket: N.D. Cal. legacy C-prefix numbers in a clerk\'s notice',
    court: 'cand', page: '3:18-cv-03049-JCS',
    text: 'CLERK\'S NOTICE: Case Nos. C 18-03050 JCS and C 18-03051 JCS have been related to this action. (klh, COURT STAFF) (Filed on 6/1/2018) (Entered: 06/01/2018)',
    numbers: [['C 18-03050 JCS', 'cand'], ['C 18-03051 JCS', 'cand']],
  },
  {
    genre: 'district docket: consolidation order with elided serials',
    court: 'ilnd', page: '1:21-cv-00099',
    text: 'ORDER: Case Nos. 1:21-cv-00100, -00101, -00102 are consolidated with this case for discovery. Signed by the Honorable Sara L. Ellis on 2/3/2021. Mailed notice. (rj, ) (Entered: 02/03/2021)',
    numbers: [['1:21-cv-00100', 'ilnd'], ['-00101', 'ilnd'], ['-00102', 'ilnd']],
  },
  {
    genre: 'district docket: judgment of the court of appeals over a written range',
    court: 'hid', page: '1:17-cv-00050-DKW-KSC',
    text: 'Certified copy of JUDGMENT of USCA in Nos. 17-15589 through 17-15592 as to 220 Notice of Appeal. (eps) (Entered: 07/20/2017)',
    numbers: [['17-15589', 'ca9'], ['17-15590', 'ca9'], ['17-15591', 'ca9'], ['17-15592', 'ca9']],
  },
  {
    genre: 'district docket: minute entry in related matters, the page\'s own case among them',
    court: 'njd', page: '2:23-cv-01194-ZNQ-JBD',
    text: 'Minute Entry for proceedings held before Magistrate Judge Jane Roe: Initial Pretrial Conference held on 5/8/2023 in related matters 23-1194 (Acme Pharms. Inc. v. Beta Pharma Private Ltd.), 23-1197\n                    (Acme Pharms. Inc. v. Gamma, et al.), and 23-1190 (Acme Pharms. Inc. v. Delta Pharms., Inc.). (smf) (Entered: 05/08/2023)',
    numbers: [['23-1197', 'njd'], ['23-1190', 'njd']],
  },
  {
    genre: 'district docket: scheduling letter from a named circuit',
    court: 'ned', page: '4:13-cr-03121-JMG',
    text: 'SCHEDULING LETTER from USCA - 8th Circuit (case number 16-4166) as to Notice of Appeal to USCA 132 as to defendant John Roe. (GJG) (Entered: 11/09/2016)',
    numbers: [['16-4166', 'ca8']],
  },
  {
    genre: 'district docket header: case in other court',
    court: 'lamd', page: '3:17-cv-01352-JWD-EWD',
    text: 'Case in other court: 5th Circuit, 18-31050',
    numbers: [['18-31050', 'ca5']],
  },
  {
    genre: 'district docket header: circuit and number with the circuit\'s suffix',
    court: 'gand', page: '1:22-cv-03027-TWT',
    text: 'Case in other court: USCA- 11th Circuit, 22-12696-DD',
    numbers: [['22-12696-DD', 'ca11']],
  },
  {
    genre: 'district docket: order naming the court of appeals\' docket',
    court: 'lamd', page: '3:17-cv-01352-JWD-EWD',
    text: 'ORDER: The District Attorney shall file, with the Fifth Circuit, into Court of Appeals Docket No. 18-31050, an electronic copy of the record. Signed by Judge John W. deGravelles on 7/16/2019. (KAH) (Entered: 07/16/2019)',
    numbers: [['18-31050', 'ca5']],
  },
  {
    genre: 'district docket: appeal and cross-appeal numbers',
    court: 'cand', page: '4:21-cv-02632-DMR',
    text: 'ORDER of USCA: Appeal No. 20-15001 and Cross-Appeal No. 20-15002 are consolidated. (sxb, COURT STAFF) (Filed on 3/1/2020) (Entered: 03/02/2020)',
    numbers: [['20-15001', 'ca9'], ['20-15002', 'ca9']],
  },
  {
    genre: 'district docket: three consolidated appeals, serial comma',
    court: 'waed', page: '2:18-cv-00100-SAB',
    text: 'NOTICE from USCA: Appeal Nos. 19-35011, 19-35023, and 19-35040 are consolidated for briefing. (LR) (Entered: 04/11/2019)',
    numbers: [['19-35011', 'ca9'], ['19-35023', 'ca9'], ['19-35040', 'ca9']],
  },
  {
    genre: 'district docket: N.D. Cal. legacy numbers, one glued to its prefix',
    court: 'cand', page: '3:04-cv-01233-JSW',
    text: 'NOTICE of related case(s) C 04-1234 JSW, C04-1235 JSW by Open Records Project. (Counsel, Jane) (Filed on 3/8/2004) (Entered: 03/08/2004)',
    numbers: [['C 04-1234 JSW', 'cand'], ['C04-1235 JSW', 'cand']],
  },
  {
    genre: 'district docket: referral to decide relationship, dashed legacy numbers',
    court: 'cand', page: '3:24-cv-01466-JD',
    text: 'ORDER REFERRING CASE for determination of relationship to C-24-1468-JD and C-24-1470-JD. Signed by Judge James Donato on 4/2/2024. (lrc, COURT STAFF) (Filed on 4/2/2024) (Entered: 04/02/2024)',
    numbers: [['C-24-1468-JD', 'cand'], ['C-24-1470-JD', 'cand']],
  },
  {
    genre: 'district docket: stipulation listing typed numbers with semicolons',
    court: 'cand', page: '4:21-cv-02631-DMR',
    text: 'STIPULATION to consolidate Case Nos. 4:21-cv-02632-DMR; 4:21-cv-02633-DMR filed by Department of Examples. (Agency, Counsel) (Filed on 7/1/2021) (Entered: 07/01/2021)',
    numbers: [['4:21-cv-02632-DMR', 'cand'], ['4:21-cv-02633-DMR', 'cand']],
  },
  {
    genre: 'district docket: Civil Action numbers (D.D.C. style, no type letters)',
    court: 'dcd', page: '1:17-cv-02121-TSC',
    text: 'MINUTE ORDER granting stipulation to consolidate Civil Action Nos. 17-2122 and 17-2123 (TSC) with this case. Signed by Judge Tanya S. Chutkan on 1/5/2018. (lctsc1) (Entered: 01/05/2018)',
    numbers: [['17-2122', 'dcd'], ['17-2123 (TSC)', 'dcd']],
  },
  {
    genre: 'district docket: criminal related cases in the legacy form',
    court: 'cand', page: '3:19-cr-00122-WHA',
    text: 'ORDER RELATING CASES CR 19-0123 WHA and CR 19-0124 WHA to this case. Signed by Judge William Alsup on 5/1/2019. (whalc1, COURT STAFF) (Filed on 5/1/2019) (Entered: 05/01/2019)',
    numbers: [['CR 19-0123 WHA', 'cand'], ['CR 19-0124 WHA', 'cand']],
  },
  {
    genre: 'district docket: motion to relate caption-form numbers',
    court: 'nysd', page: '1:20-cv-01233-JPO',
    text: 'MOTION to Relate Case 20-cv-1234, 20-cv-1235 and 20-cv-1236. Document filed by Roe Corp.. (Counsel, John) (Entered: 03/04/2020)',
    numbers: [['20-cv-1234', 'nysd'], ['20-cv-1235', 'nysd'], ['20-cv-1236', 'nysd']],
  },
  {
    genre: 'district docket: S.D.N.Y. Civ. form with the judge in brackets',
    court: 'nysd', page: '1:14-cv-07523-WFK',
    text: 'ORDER: the conference in Case Nos. 14 Civ. 7524 (WFK), 14 Civ. 7525 (WFK) is adjourned. SO ORDERED. (Signed by Judge William F. Kuntz on 1/5/2015) (js) (Entered: 01/05/2015)',
    numbers: [['14 Civ. 7524 (WFK)', 'nysd'], ['14 Civ. 7525 (WFK)', 'nysd']],
  },
  {
    genre: 'district docket: opinion citing another district\'s case by Westlaw cite and court',
    court: 'cand', page: '4:21-cv-02632-DMR',
    text: 'ORDER granting 20 Motion to Dismiss. See Doe v. Roe, No. 3:19-cv-05117-JST, 2020 WL 123456, at *2 (N.D. Cal. Jan. 3, 2020), and Poe v. Roe, No. 1:19-cv-00100 (D. Haw. 2019). Signed by Judge Donna M. Ryu on 8/1/2021. (dmrlc1, COURT STAFF) (Filed on 8/1/2021) (Entered: 08/01/2021)',
    numbers: [['3:19-cv-05117-JST', 'cand'], ['1:19-cv-00100', 'hid']],
  },
  {
    genre: 'district docket: bankruptcy appeal naming the bankruptcy court\'s numbers',
    court: 'ded', page: '1:10-cv-00500-LPS',
    text: 'BANKRUPTCY APPEAL from Bankruptcy Court case numbers 09-10235 and 09-10236 (BLS) filed by Trustee. (Attachments: # 1 Notice of Appeal) (mdb) (Entered: 06/15/2010)',
    numbers: [['09-10235', 'deb'], ['09-10236 (BLS)', 'deb']],
  },
  {
    genre: 'district docket: Bankr. and Adv. numbers of the bankruptcy court below',
    court: 'ded', page: '1:10-cv-00500-LPS',
    text: 'Designation of the record on appeal in Bankr. No. 09-10235; Adv. No. 10-50123 filed by Trustee. (mdb) (Entered: 06/29/2010)',
    numbers: [['09-10235', 'deb'], ['10-50123', 'deb']],
  },
  {
    genre: 'district docket: Federal Circuit numbers with four-digit years',
    court: 'txed', page: '2:15-cv-01558-JRG',
    text: 'MANDATE of USCA for the Federal Circuit in Nos. 2017-2229, 2017-2230 as to 300 Notice of Appeal. (ch, ) (Entered: 02/07/2019)',
    numbers: [['2017-2229', 'cafc'], ['2017-2230', 'cafc']],
  },
  {
    genre: 'district docket: order consolidating with typed numbers and "consolidated with"',
    court: 'dcd', page: '1:17-cv-02121-TSC',
    text: 'ORDER: this case is consolidated with 1:17-cv-02122-TSC and 1:17-cv-02123-TSC for all purposes. Signed by Judge Tanya S. Chutkan on 1/9/2018. (lctsc1) (Entered: 01/09/2018)',
    numbers: [['1:17-cv-02122-TSC', 'dcd'], ['1:17-cv-02123-TSC', 'dcd']],
  },
  {
    genre: 'bankruptcy docket: joint administration of a lead case with typed numbers',
    court: 'flmb', page: '3:09-bk-07047-JAF',
    text: 'Emergency Motion for Joint Administration of Lead Case 3:09-bk-07047-JAF with 3:09-bk-10022-JAF and 3:09-bk-10023-JAF Filed by Counsel on behalf of Debtor. (Counsel) (Entered: 11/25/2009)',
    numbers: [['3:09-bk-10022-JAF', 'flmb'], ['3:09-bk-10023-JAF', 'flmb']],
  },
  {
    genre: 'bankruptcy docket: order granting joint administration, lead case in brackets',
    court: 'flmb', page: '3:09-bk-07047-JAF',
    text: 'Order Granting Motion For Joint Administration with Cases 09-10024 and 09-10025 (09-7047 Lead Case) (Related Doc # 730). Signed on 1/19/2010. (Clerk, Deputy) (Entered: 01/20/2010)',
    numbers: [['09-10024', 'flmb'], ['09-10025', 'flmb']],
  },
  {
    genre: 'bankruptcy docket: procedural consolidation over a written range',
    court: 'deb', page: '09-10690-KJC',
    text: 'Order Directing The Procedural Consolidation And Joint Administration Of The Chapter 11 Cases, 09-10690 Through 09-10694, Commenced By Example Inc. (Related Doc # 3) Order Signed on 3/4/2009. (LC) (Entered: 03/04/2009)',
    numbers: [['09-10691', 'deb'], ['09-10692', 'deb'], ['09-10693', 'deb'], ['09-10694', 'deb']],
  },
  {
    genre: 'bankruptcy docket: adversary proceedings listed after one label',
    court: 'deb', page: '09-10235-BLS',
    text: 'Notice of Filing of Transcript in Adv. Pro. Nos. 10-50123 and 10-50124 (related document(s) 812). (Transcriber, ) (Entered: 05/03/2010)',
    numbers: [['10-50123', 'deb'], ['10-50124', 'deb']],
  },
  {
    genre: 'bankruptcy docket: appeal to the district court, its civil number',
    court: 'deb', page: '09-10235-BLS',
    text: 'Notice of Docketing Record on Appeal to District Court. Civil Action Number: 10-500, 10-501 (BLS). (related document(s) 913) (mdb) (Entered: 06/16/2010)',
    numbers: [['10-500', 'ded'], ['10-501 (BLS)', 'ded']],
  },
  {
    genre: 'bankruptcy docket: jointly administered with a bare number',
    court: 'txwb', page: '09-11182-CAG',
    text: 'Order Granting Motion to Jointly Administer Cases. Jointly administered with 09-11183, 09-11184. (related document(s) 50) (Entered: 12/23/2009)',
    numbers: [['09-11183', 'txwb'], ['09-11184', 'txwb']],
  },
  {
    genre: 'appellate docket: consolidated appeals of its own court',
    court: 'ca9', page: '17-15589', appealFrom: ['U.S. District Court for Hawaii, Honolulu', 'hid'],
    text: 'Filed order (Clerk): Appeal Nos. 17-15589, 17-16426 and 17-16427 are consolidated. Consolidated with 17-16428. [10512345] (Entered: 07/19/2017)',
    numbers: [['17-16426', 'ca9'], ['17-16427', 'ca9'], ['17-16428', 'ca9']],
  },
  {
    genre: 'appellate docket: lower-court numbers in a list',
    court: 'ca9', page: '17-15589', appealFrom: ['U.S. District Court for Hawaii, Honolulu', 'hid'],
    text: 'Received certified record from the district court in 1:17-cv-00050-DKW-KSC and 1:17-cv-00051-DKW. [10512399] (Entered: 07/21/2017)',
    numbers: [['1:17-cv-00050-DKW-KSC', 'hid'], ['1:17-cv-00051-DKW', 'hid']],
  },
  {
    genre: 'J.P.M.L. docket: associated cases with their districts',
    court: 'jpml', page: 'MDL No. 2873',
    text: 'CONDITIONAL TRANSFER ORDER (CTO-112) Signed by Clerk of the Panel on 12/8/2022. Associated Cases: MDL No. 2873, MA/1:22-cv-12025, NYS/1:22-cv-10244, NYS/1:22-cv-10261, PAE/2:22-cv-04779 (TF) (Entered: 12/08/2022)',
    numbers: [['1:22-cv-12025', 'mad'], ['1:22-cv-10244', 'nysd'], ['1:22-cv-10261', 'nysd'], ['2:22-cv-04779', 'paed']],
  },
];

/** The same shapes, citing no case: ECF and claim numbers, pages, dates, sections, tracking and phone numbers. */
export const NEGATIVES: readonly Phrasing[] = [
  { genre: 'ECF numbers in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'ORDER granting 21 and 23 Motions to Seal (ECF Nos. 21, 23). (dmrlc1, COURT STAFF) (Entered: 08/02/2021)' },
  { genre: 'docket numbers of entries in a range', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'ORDER striking Docket Nos. 45 through 47. (dmrlc1, COURT STAFF) (Entered: 08/03/2021)' },
  { genre: 'exhibit numbers in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'Declaration of Jane Counsel with Exhibits 12-345 and 12-346 filed by Open Records Project. (Entered: 08/04/2021)' },
  { genre: 'claim numbers in a list', court: 'deb', page: '09-10235-BLS', numbers: [], text: 'Order Sustaining Objection to Claim Nos. 4-1 and 5-1 (related document(s) 300). (Entered: 05/05/2010)' },
  { genre: 'statute sections in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'ORDER: withholdings under §§ 10-123 and 10-124 of the state code are upheld. (Entered: 08/05/2021)' },
  { genre: 'FOIA tracking numbers in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'JOINT STATUS REPORT on FOIA request Nos. 2018-ICFO-26258 and 2018-ICFO-26259 filed by Department of Examples. (Entered: 08/06/2021)' },
  { genre: 'dates in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'CLERK\'S NOTICE: hearings continued from 11-24-09 and 12-01-09 to 1-5-10. (Entered: 08/07/2021)' },
  { genre: 'page ranges in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'ORDER: see pages 12-15 and 17-19 of the transcript, and pp. 120-135. (Entered: 08/08/2021)' },
  { genre: 'a cited case followed by a pin cite', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [['3:20-cv-01234', 'cand']], text: 'ORDER: see Roe v. Doe, No. 3:20-cv-01234, 2021 WL 123456, at *3-4 (Entered: 08/09/2021)' },
  { genre: 'a case number then a month and year', court: 'wawd', page: '2:19-cv-00471-RSL', numbers: [['19-35011', 'ca9']], text: 'USCA Case Number 19-35011, 10-2019 briefing schedule. (Entered: 10/01/2019)' },
  { genre: 'document attachments in a range', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'Document Nos. 12-1 through 12-5 are attachments to the motion. (Entered: 08/10/2021)' },
  { genre: 'invoice numbers in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'Bill of costs: Invoice Nos. 18-15068 and 18-15070 of the court reporter. (Entered: 08/11/2021)' },
  { genre: 'phone numbers in a list', court: 'deb', page: '09-10235-BLS', numbers: [], text: 'Contact the Court Reporter, Telephone numbers 302-836-1905 and 302-836-1906. (Entered: 05/06/2010)' },
  { genre: 'receipt numbers in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'Filing fee paid, receipt numbers 0971-12345678 and 0971-12345679. (Entered: 08/12/2021)' },
  { genre: 'bar numbers in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'Appearances of counsel, State Bar Nos. 123-456 and 123-457. (Entered: 08/13/2021)' },
  { genre: 'a glued legacy form without label or judge', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'Shipment C04-1234 of the production index was released. (Entered: 08/14/2021)' },
  { genre: 'the page\'s own case in a list', court: 'cand', page: '4:21-cv-02632-DMR', numbers: [], text: 'ORDER: Case Nos. 4:21-cv-02632-DMR and 21-cv-2632 are one case. (Entered: 08/15/2021)' },
];
