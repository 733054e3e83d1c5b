import { ContentType } from '../cases/domain/case-enums';
import { OPEN_STATUSES, PetitionStatus } from './domain/petition-enums';

// SQL twins of domain/petition-due.ts (`isInWorklist`, `currentDueOn`) for the petition aliased
// `p`, built from the same enum constants. The partial expression indexes
// ix_petition__agency_id__due_on and ix_petition__handler_id__due_on (migration
// 1767225739000) are defined on exactly these expressions: change them together.

const OPEN = `p.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
const AWAITING_ACCEPTANCE = `p.status = '${PetitionStatus.ProposedForAcceptance}' AND p.type = '${ContentType.Denunciation}'`;

/** Open, or a denunciation proposed for acceptance that the denunciation module has not taken. */
export const IN_WORKLIST_SQL = `(${OPEN} OR (${AWAITING_ACCEPTANCE}))`;

/** The worklist due date: D11 (check_due_on) for a denunciation awaiting acceptance. */
export const CURRENT_DUE_SQL = `(CASE WHEN ${AWAITING_ACCEPTANCE} THEN COALESCE(p.check_due_on, p.due_on) ELSE p.due_on END)`;
