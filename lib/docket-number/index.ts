/** Federal case numbers: find them in text, parse one, format one, and compare identities. */
export { findCaseNumbers, type FindOptions } from './find';
export { firstCaseNumberCandidate } from './pattern';
export { parseCaseNumber } from './parse';
export { formatCaseNumber } from './format';
export { caseKey, looseCaseKey, partsKey, partsLooseKey, sameCase, identityType } from './identity';
export type { CourtType } from './identity';
export type { CaseNumberParts, CaseNumberMatch, CaseNumberKind } from './types';
