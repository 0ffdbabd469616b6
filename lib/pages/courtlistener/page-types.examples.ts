/**
 * Real CourtListener addresses each page-type detector must claim, by page type. Kept out of
 * page-types.ts so the content script does not ship them: only tests import this.
 */
import type { DetectorExample } from '../detector';
import type { CourtListenerPageType } from './page-types';

export const EXAMPLES: Readonly<Record<Exclude<CourtListenerPageType, 'courtlistener/other'>, readonly DetectorExample[]>> = {
  'courtlistener/docket': [
    { url: 'https://www.courtlistener.com/docket/6153771/bandeh-v-apple-inc/' },
    { url: 'https://www.courtlistener.com/docket/4214664/united-states-v-manafort/?page=2' },
    { url: 'https://www.courtlistener.com/docket/67668367/parties/t-v-openai-lp/' },
    { url: 'https://www.courtlistener.com/docket/6153771/' },
  ],
  'courtlistener/recap-document': [
    { url: 'https://www.courtlistener.com/docket/4214664/1/united-states-v-manafort/' },
    { url: 'https://www.courtlistener.com/docket/67668367/35/2/t-v-openai-lp/' },
    { url: 'https://www.courtlistener.com/docket/6153771/12/bandeh-v-apple-inc/' },
  ],
  'courtlistener/search': [
    { url: 'https://www.courtlistener.com/?q=apple+privacy' },
    { url: 'https://www.courtlistener.com/?type=r&q=docketNumber%3A%2217-cv-05264%22' },
    { url: 'https://www.courtlistener.com/?type=r&docket_number=1%3A17-cv-00050&court=hid' },
    { url: 'https://www.courtlistener.com/recap/?q=openai' },
  ],
  'courtlistener/opinion': [
    { url: 'https://www.courtlistener.com/opinion/4430131/hawaii-v-trump/' },
    { url: 'https://www.courtlistener.com/opinion/4430131/hawaii-v-trump/authorities/' },
    { url: 'https://www.courtlistener.com/opinion/2812209/obergefell-v-hodges/' },
  ],
};
