/**
 * The overlay's presentational components and their stylesheet, for the content script.
 * Nothing here imports zod (types only), so the content-script bundle stays small.
 */
export { CasePanel, type CasePanelProps } from './CasePanel';
export { CaseBadge, badgeLabel, type CaseBadgeProps } from './CaseBadge';
export { AddCaseControl, type AddCaseControlProps, type AddCaseState } from './AddCaseControl';
export { OVERLAY_CSS } from './styles';
