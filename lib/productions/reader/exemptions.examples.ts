/** Examples for exemptions.ts (tests only). */
export const EXEMPTION_EXAMPLES: readonly { text: string; exemptions: readonly string[] }[] = [
  { text: 'pursuant to Exemptions 5, 6 and 7(C)', exemptions: ['(b)(5)', '(b)(6)', '(b)(7)(C)'] },
  { text: 'FOIA Exemptions (b)(6), (b)(7)(C), and (b)(7)(E)', exemptions: ['(b)(6)', '(b)(7)(C)', '(b)(7)(E)'] },
  { text: 'under FOIA Exemption 7(E)', exemptions: ['(b)(7)(E)'] },
  { text: '5 U.S.C. § 552(b)(5)', exemptions: ['(b)(5)'] },
  { text: 'Exemptions 3, 5, 6, 7(C), and 7(E)', exemptions: ['(b)(3)', '(b)(5)', '(b)(6)', '(b)(7)(C)', '(b)(7)(E)'] },
  { text: 'b6 and b7c', exemptions: ['(b)(6)', '(b)(7)(C)'] },
  { text: 'Exemption 5 and Exemption 5 again', exemptions: ['(b)(5)'] },
  { text: 'ECF No. 5; 5 U.S.C. § 552(a)(4)(B)', exemptions: [] },
  { text: 'Exemption 10 does not exist', exemptions: [] },
];
