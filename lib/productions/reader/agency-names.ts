/**
 * The agencies and components FOIA status reports name most, each with the name we show (the
 * acronym litigants use), its spelled-out names and, for a component, the agency it belongs to.
 * Not a closed list: any capitalised agency phrase or acronym the text uses is read too
 * (entities.ts); these only give it its usual name and its parent.
 */
export type Level = 'agency' | 'component' | 'office';

export interface KnownBody {
  name: string;
  level: Level;
  /** For components: the agency they belong to, when there is only one. */
  parent?: string;
  /** Spelled-out names, matched word by word, case-insensitively. */
  names?: readonly string[];
  /** Other acronyms, matched exactly: "DOS" for State. */
  aliases?: readonly string[];
}

const A = (name: string, names: readonly string[] = [], aliases: readonly string[] = []): KnownBody => ({ name, level: 'agency', names, aliases });
const C = (name: string, parent: string | undefined, names: readonly string[] = [], aliases: readonly string[] = []): KnownBody => ({
  name,
  level: 'component',
  ...(parent ? { parent } : {}),
  names,
  aliases,
});
/** An office that is an agency in some suits and a component in others (OIG, OGC). */
const O = (name: string, names: readonly string[] = [], aliases: readonly string[] = []): KnownBody => ({ name, level: 'office', names, aliases });

export const KNOWN_BODIES: readonly KnownBody[] = [
  // Homeland Security
  A('DHS', ['Department of Homeland Security', 'Homeland Security Department']),
  A('ICE', ['Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement', 'United States Immigration and Customs Enforcement']),
  A('CBP', ['Customs and Border Protection', 'U.S. Customs and Border Protection', 'United States Customs and Border Protection']),
  A('USCIS', ['Citizenship and Immigration Services', 'U.S. Citizenship and Immigration Services', 'United States Citizenship and Immigration Services']),
  A('TSA', ['Transportation Security Administration']),
  A('FEMA', ['Federal Emergency Management Agency']),
  A('USSS', ['Secret Service', 'United States Secret Service', 'U.S. Secret Service']),
  A('USCG', ['Coast Guard', 'United States Coast Guard', 'U.S. Coast Guard']),
  C('HSI', 'ICE', ['Homeland Security Investigations']),
  C('ERO', 'ICE', ['Enforcement and Removal Operations']),
  C('OPLA', 'ICE', ['Office of the Principal Legal Advisor', 'Office of Principal Legal Advisor']),
  C('IHSC', 'ICE', ['ICE Health Service Corps']),
  C('ODO', 'ICE', ['Office of Detention Oversight']),
  C('OFO', 'CBP', ['Office of Field Operations']),
  C('USBP', 'CBP', ['Border Patrol', 'U.S. Border Patrol', 'United States Border Patrol']),
  C('AMO', 'CBP', ['Air and Marine Operations']),
  C('FDNS', 'USCIS', ['Fraud Detection and National Security Directorate', 'Fraud Detection and National Security']),
  C('RAIO', 'USCIS', ['Refugee, Asylum, and International Operations Directorate', 'Refugee, Asylum and International Operations']),
  C('CRCL', 'DHS', ['Office for Civil Rights and Civil Liberties']),
  C('I&A', 'DHS', ['Office of Intelligence and Analysis']),
  C('PLCY', 'DHS', ['Office of Strategy, Policy, and Plans']),
  C('OBIM', 'DHS', ['Office of Biometric Identity Management']),
  C('ESEC', undefined, ['Executive Secretariat', 'Office of the Executive Secretary']),
  C('Privacy Office', 'DHS', ['Privacy Office', 'DHS Privacy Office']),
  // Justice
  A('DOJ', ['Department of Justice', 'Justice Department', 'U.S. Department of Justice', 'United States Department of Justice'], ['DoJ', 'USDOJ']),
  A('FBI', ['Federal Bureau of Investigation']),
  A('OIP', ['Office of Information Policy']),
  A('EOUSA', ['Executive Office for United States Attorneys', 'Executive Office for U.S. Attorneys', 'Executive Office of United States Attorneys']),
  A('EOIR', ['Executive Office for Immigration Review']),
  A('BOP', ['Bureau of Prisons', 'Federal Bureau of Prisons']),
  A('DEA', ['Drug Enforcement Administration']),
  A('ATF', ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Bureau of Alcohol, Tobacco, Firearms, and Explosives']),
  A('USMS', ['Marshals Service', 'United States Marshals Service', 'U.S. Marshals Service']),
  A('OLC', ['Office of Legal Counsel']),
  C('NSD', 'DOJ', ['National Security Division']),
  C('CRM', 'DOJ', ['Criminal Division']),
  C('CRT', 'DOJ', ['Civil Rights Division']),
  C('Civil Division', 'DOJ', ['Civil Division']),
  C('ENRD', 'DOJ', ['Environment and Natural Resources Division']),
  C('OAG', undefined, ['Office of the Attorney General']),
  C('ODAG', 'DOJ', ['Office of the Deputy Attorney General']),
  C('OASG', 'DOJ', ['Office of the Associate Attorney General']),
  C('OLA', undefined, ['Office of Legislative Affairs']),
  C('OLP', 'DOJ', ['Office of Legal Policy']),
  C('PAO', undefined, ['Office of Public Affairs']),
  C('JMD', 'DOJ', ['Justice Management Division']),
  O('OPR', ['Office of Professional Responsibility']),
  O('OIG', ['Office of Inspector General', 'Office of the Inspector General']),
  O('OGC', ['Office of General Counsel', 'Office of the General Counsel']),
  O('OCC', ['Office of Chief Counsel', 'Office of the Chief Counsel']),
  // State, Defense, intelligence
  A('State', ['Department of State', 'State Department', 'U.S. Department of State', 'United States Department of State'], ['DOS', 'DoS']),
  A('DoD', ['Department of Defense', 'Defense Department', 'U.S. Department of Defense'], ['DOD']),
  A('Army', ['Department of the Army', 'U.S. Army', 'United States Army', 'Army']),
  A('Navy', ['Department of the Navy', 'U.S. Navy', 'United States Navy', 'Navy']),
  A('Air Force', ['Department of the Air Force', 'U.S. Air Force', 'United States Air Force', 'Air Force']),
  A('CIA', ['Central Intelligence Agency']),
  A('NSA', ['National Security Agency']),
  A('ODNI', ['Office of the Director of National Intelligence']),
  A('DIA', ['Defense Intelligence Agency']),
  A('NGA', ['National Geospatial-Intelligence Agency']),
  A('NRO', ['National Reconnaissance Office']),
  C('OSD', 'DoD', ['Office of the Secretary of Defense']),
  C('JS', 'DoD', ['Joint Staff']),
  C('SOUTHCOM', 'DoD', ['U.S. Southern Command', 'Southern Command']),
  C('CENTCOM', 'DoD', ['U.S. Central Command', 'Central Command']),
  // Everyone else
  A('HHS', ['Department of Health and Human Services']),
  A('ORR', ['Office of Refugee Resettlement']),
  A('CDC', ['Centers for Disease Control and Prevention', 'Centers for Disease Control']),
  A('FDA', ['Food and Drug Administration']),
  A('CMS', ['Centers for Medicare and Medicaid Services', 'Centers for Medicare & Medicaid Services']),
  A('NIH', ['National Institutes of Health']),
  A('EPA', ['Environmental Protection Agency']),
  A('DOE', ['Department of Energy']),
  A('DOL', ['Department of Labor']),
  A('DOT', ['Department of Transportation']),
  A('FAA', ['Federal Aviation Administration']),
  A('Treasury', ['Department of the Treasury', 'Treasury Department', 'Treasury']),
  A('IRS', ['Internal Revenue Service']),
  A('OMB', ['Office of Management and Budget']),
  A('OPM', ['Office of Personnel Management']),
  A('GSA', ['General Services Administration']),
  A('NARA', ['National Archives and Records Administration', 'National Archives']),
  A('SEC', ['Securities and Exchange Commission']),
  A('FTC', ['Federal Trade Commission']),
  A('FCC', ['Federal Communications Commission']),
  A('USDA', ['Department of Agriculture']),
  A('USPS', ['Postal Service', 'United States Postal Service', 'U.S. Postal Service']),
  A('VA', ['Department of Veterans Affairs']),
  A('Interior', ['Department of the Interior', 'Interior Department'], ['DOI']),
  A('HUD', ['Department of Housing and Urban Development']),
  A('Education', ['Department of Education', 'Education Department']),
  A('Commerce', ['Department of Commerce', 'Commerce Department']),
  A('NOAA', ['National Oceanic and Atmospheric Administration']),
  A('NASA', ['National Aeronautics and Space Administration']),
  A('USAID', ['Agency for International Development', 'U.S. Agency for International Development']),
  A('SSA', ['Social Security Administration']),
  A('NRC', ['Nuclear Regulatory Commission']),
  A('CFPB', ['Consumer Financial Protection Bureau']),
  A('FDIC', ['Federal Deposit Insurance Corporation']),
  A('OSC', ['Office of Special Counsel']),
  A('FERC', ['Federal Energy Regulatory Commission']),
  A('USTR', ['Office of the United States Trade Representative']),
  A('USACE', ['Army Corps of Engineers', 'U.S. Army Corps of Engineers']),
  A('BLM', ['Bureau of Land Management']),
  A('FWS', ['Fish and Wildlife Service', 'U.S. Fish and Wildlife Service']),
  A('NPS', ['National Park Service']),
];

/**
 * Capitals that are never an agency in a status report: the statute, the filing, courts, the
 * plaintiffs FOIA suits are most often brought by, time zones, Roman numerals.
 */
export const NOT_AGENCIES: ReadonlySet<string> = new Set([
  'FOIA', 'PA', 'JSR', 'ECF', 'USC', 'CFR', 'PDF', 'LLC', 'LLP', 'PC', 'PLLC', 'INC', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI',
  'NW', 'NE', 'SW', 'SE', 'DC', 'DDC', 'SDNY', 'EDNY', 'NDCAL', 'US', 'USA', 'ID', 'OK', 'AM', 'PM', 'EST', 'EDT', 'PST', 'PDT', 'CST',
  'CMC', 'ADR', 'MSJ', 'FRCP', 'APA', 'AUSA', 'ACLU', 'NYCLU', 'EFF', 'EPIC', 'CREW', 'NRDC', 'SPLC', 'NILC', 'AILA', 'AIC', 'CCR',
  'NAACP', 'JOINT', 'STATUS', 'REPORT', 'UNITED', 'STATES', 'DISTRICT', 'COURT', 'FOR', 'THE', 'OF', 'AND', 'NO', 'CV', 'CIV',
  'RE', 'PLAINTIFF', 'PLAINTIFFS', 'DEFENDANT', 'DEFENDANTS', 'ORDER', 'MOTION', 'PROPOSED', 'ON', 'IN', 'TO', 'BY', 'AT',
  'NOTICE', 'OR', 'AN', 'A', 'I', 'TBD', 'NA', 'N/A', 'FY', 'CY', 'COVID', 'ESI', 'PII', 'SBU', 'FOUO', 'LES', 'CUI', 'OCR',
  'URL', 'IT', 'HR', 'Q1', 'Q2', 'Q3', 'Q4', 'NDA', 'MOU', 'MOA', 'SOP', 'SSN', 'DOB', 'A-File', 'A-Files', 'FOIPA',
]);
