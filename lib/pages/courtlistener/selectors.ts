/**
 * Where CourtListener prints the case name, docket number and court (from its templates, described
 * in ../shared/corpus/courtlistener-pages.md). Both the current Bootstrap design and the new
 * Tailwind design are covered: keyed on data attributes and structure, not on styling classes.
 */
export const CL = {
  /** Docket page heading: case name, then the number in parentheses. */
  docketHeading: 'h1[data-type="search.Docket"]',
  /** The case name inside the heading (old design). */
  headingName: '.select-all',
  /** Links that name the court: "View on PACER", the docket alert. */
  pacerLink: 'a[href*=".uscourts.gov/"]',
  alertLink: 'a[href*="/alert/docket/new/"]',
  /** Lower-court numbers on appellate dockets link to a fielded search carrying the court. */
  lowerCourtLink: 'a[href*="docket_number="][href*="court="]',
  /** "Docket Number:", "Appealed From:" and other metadata lines (new design: a description list). */
  metaHeader: '.meta-data-header, dt',
  metaValue: '.meta-data-value, dd',
  /** RECAP document page. */
  documentCaseName: 'h2 a[href^="/docket/"], h2 a[href*="courtlistener.com/docket/"]',
  documentCourt: 'article h4, h4',
  /** Search results: one article per hit, its heading "CASE NAME (court citation year)" (some templates put another h3 first). */
  result: 'article',
  resultHeading: 'h3',
  /** Opinion page: opinions.html (caption h1, court h4, facts list) or opinion.html (h2, h3, metadata lines). */
  opinionCaption: '#caption, h1.case-caption',
  opinionCaptionOld: 'article h2',
  opinionCourt: '.case-court',
  opinionCourtOld: 'article h3',
  opinionFacts: 'li',
} as const;

/** "Docket Number:" label (metadata headers, opinion facts). */
export const DOCKET_NUMBER_LABEL = /^\s*Docket Number\s*:?\s*/i;
/** "Appealed From:" label (an appellate docket's originating court). */
export const APPEALED_FROM_LABEL = /^\s*Appealed From\s*:?\s*$/i;
