/** Examples for dates.ts (tests only): the dates a sentence gives, in order; `background` ones marked with '*'. */
export const DATE_EXAMPLES: readonly { text: string; filed: string | null; dates: readonly string[] }[] = [
  { text: 'On March 15, 2023, ICE made its third interim release.', filed: null, dates: ['2023-03-15'] },
  { text: 'ICE released 40 pages on Mar. 5 2023 and 30 pages on 15 April 2023.', filed: null, dates: ['2023-03-05', '2023-04-15'] },
  { text: 'on March 15th, 2023', filed: null, dates: ['2023-03-15'] },
  { text: 'on 3/15/2023 and 4/1/23 and 2023-05-02', filed: null, dates: ['2023-03-15', '2023-04-01', '2023-05-02'] },
  { text: 'beginning in September 2022', filed: null, dates: ['2022-09-01'] },
  { text: 'On December 20, ICE released 10 pages.', filed: '2023-01-09', dates: ['2022-12-20'] },
  { text: 'On January 5, ICE released 10 pages.', filed: '2023-01-09', dates: ['2023-01-05'] },
  { text: 'On January 5, ICE released 10 pages.', filed: null, dates: [] },
  { text: 'records from January 1, 2017 through December 31, 2019', filed: null, dates: ['*2017-01-01', '*2019-12-31'] },
  { text: "Plaintiff's June 1, 2018 request", filed: null, dates: ['*2018-06-01'] },
  { text: 'the request was submitted on June 1, 2018', filed: null, dates: ['*2018-06-01'] },
  { text: 'on or before July 31, 2023', filed: null, dates: ['*2023-07-31'] },
  { text: 'the report is due on August 15, 2023', filed: null, dates: ['*2023-08-15'] },
  { text: 'February 30, 2023 is not a date', filed: null, dates: [] },
  { text: 'ICE may process 500 pages', filed: null, dates: [] },
  { text: 'In May 2021, ICE released 10 pages', filed: null, dates: ['2021-05-01'] },
];
