/** Examples for tokens.ts (tests only): text → tokens, and how many sentences. */
export const TOKEN_EXAMPLES: readonly { text: string; tokens: readonly string[] }[] = [
  { text: 'ICE processed 1,024 pages.', tokens: ['ICE', 'processed', '1,024', 'pages', '.'] },
  { text: "ICE's HSI", tokens: ["ICE's", 'HSI'] },
  { text: 'See ECF No. 45 at 3.', tokens: ['See', 'ECF', 'No.', '45', 'at', '3', '.'] },
  { text: '5 U.S.C. § 552(b)(6)', tokens: ['5', 'U.S.C.', '§', '552', '(', 'b', ')', '(', '6', ')'] },
  { text: 'tracking number 2018-ICFO-26258', tokens: ['tracking', 'number', '2018-ICFO-26258'] },
  { text: 'No. 1:19-cv-01234 on 3/15/2023', tokens: ['No.', '1:19-cv-01234', 'on', '3/15/2023'] },
  { text: '123 F.3d 456 (D.C. Cir. 1999)', tokens: ['123', 'F.3d', '456', '(', 'D.C.', 'Cir.', '1999', ')'] },
  { text: 'Exemptions 6 and 7(C)', tokens: ['Exemptions', '6', 'and', '7', '(', 'C', ')'] },
  { text: 'a 500-page production', tokens: ['a', '500-page', 'production'] },
  { text: 'a 1,000-page production', tokens: ['a', '1,000', '-', 'page', 'production'] },
  { text: '5, 6, and 7', tokens: ['5', ',', '6', ',', 'and', '7'] },
  { text: '“ICE”', tokens: ['“', 'ICE', '”'] },
];

export const SENTENCE_EXAMPLES: readonly { text: string; sentences: number }[] = [
  { text: 'ICE released 10 pages. CBP released 20 pages.', sentences: 2 },
  { text: 'See Judicial Watch, Inc. v. U.S. Dep\'t of Justice, 365 F.3d 1108 (D.C. Cir. 2004).', sentences: 1 },
  { text: 'ICE produced 40 pages on Jan. 5, 2023 (ECF No. 12).', sentences: 1 },
  { text: 'ICE processed\n500 pages', sentences: 1 },
  { text: 'JOINT STATUS REPORT\n\nICE processed 500 pages', sentences: 2 },
  { text: 'The FBI said "it released 10 pages." It then withheld 5.', sentences: 2 },
];
