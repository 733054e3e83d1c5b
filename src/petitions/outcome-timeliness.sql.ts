import { ContentType } from '../cases/domain/case-enums';
import { HandlingOutcome } from './domain/petition-enums';

// SQL twin of domain/outcome-timeliness.ts for the petition aliased `p`: the outcome was judged
// against its period and missed it. Luật Tố cáo 2018 Điều 24(2) (D12): a denunciation forwarded
// after its transfer date (the date itself is on time).

/** The outcome is late (a forwarded denunciation transferred after its D12 date). */
export const LATE_OUTCOME_SQL = `(p.type = '${ContentType.Denunciation}' AND p.outcome = '${HandlingOutcome.Forward}' AND p.handled_on > p.transfer_due_on)`;
