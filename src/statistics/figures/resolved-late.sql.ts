/** SQL expressions (column names of the caller's query) that say how a vụ việc was resolved. */
export interface ResolvedLateColumns {
  /** True when a decision (complaint) or conclusion (denunciation) resolved the case. */
  byDecision: string;
  /** The timeliness ('on_time' | 'late' | NULL) judged when that decision was issued. */
  decisionTimeliness: string;
  /** The day a withdrawal or termination (đình chỉ) ended the case. */
  endedOn: string;
  /** The proceeding's resolution due date (NULL while suspended: the clock stopped). */
  dueOn: string;
}

/**
 * "Việc chấp hành thời hạn giải quyết: không đúng quy định" of one resolved vụ việc — 01/KQGQ
 * col 26, 03/KQGQ col 31 and the summary's `late` (DOMAIN §4.7: a timeliness flag per resolved
 * case; §7.3; Product decision 3: resolved = by decision, by withdrawal or terminated). A case
 * resolved by a decision or conclusion is late when that decision was judged late against its
 * deadline (Luật Khiếu nại 2011 Điều 28, 37; Luật Tố cáo 2018 Điều 30; suspensions counted); a
 * case ended by a withdrawal or another termination is late when it ended after its due date
 * (the due date itself is on time). Every other resolved case is on time (`NOT late`), so on
 * time + late = resolved. One expression for the forms and the summary, so they cannot drift.
 */
export function resolvedLateSql(c: ResolvedLateColumns): string {
  return `COALESCE(CASE WHEN ${c.byDecision} THEN ${c.decisionTimeliness} = 'late'
    ELSE ${c.endedOn} > ${c.dueOn} END, false)`;
}
