import { ContentType } from '../cases/domain/case-enums';
import { HandlingOutcome } from './domain/petition-enums';

// SQL twin of domain/outcome-timeliness.ts (`outcomeDeadline`, `outcomeTimeliness`) for the
// petition aliased `p`, built from the same enum constants: change them together.

const DENUNCIATION = `p.type = '${ContentType.Denunciation}'`;

/**
 * The deadline the outcome is judged against: D12 for a forwarded denunciation (Luật Tố cáo 2018
 * Điều 24(2)), D11 for its other outcomes (Điều 24(1)), D1 for every other petition (TT 05/2021);
 * D1 where a denunciation has no D11/D12 date. NULL while no outcome is recorded.
 */
export const OUTCOME_DUE_SQL = `(CASE WHEN p.outcome IS NULL THEN NULL
  WHEN ${DENUNCIATION} AND p.outcome = '${HandlingOutcome.Forward}' THEN COALESCE(p.transfer_due_on, p.handling_due_on)
  WHEN ${DENUNCIATION} THEN COALESCE(p.check_due_on, p.handling_due_on)
  ELSE p.handling_due_on END)`;

/** The outcome is late: recorded after its deadline (the date itself is on time); NULL if none. */
export const LATE_OUTCOME_SQL = `(p.handled_on > ${OUTCOME_DUE_SQL})`;
