/** One entry of a case's timeline: a petition, a visit, a petition's handling step or a merge. */
export interface TimelineRow {
  kind: 'petition' | 'visit' | 'event' | 'merge';
  /** The legal date (received, visited, acted, merged), Asia/Ho_Chi_Minh. */
  on: string;
  at: Date;
  id: string;
  caseId: string;
  caseCode: string;
  detail: Record<string, unknown>;
}

/**
 * The records of a case and of every case merged into it, in date order (DESIGN §2 Case:
 * duplicates stay visible). Visits are read from reception's table (read only). $1 = the case.
 * Times (`at`) of petitions and their steps are those of their history rows: the application's
 * `Clock`, as the audit rows and the resolution timeline.
 */
export const CASE_TIMELINE_SQL = `
  WITH cs AS (SELECT id, code FROM "case" WHERE id = $1 OR merged_into_id = $1)
  SELECT t.kind, t."on", t.at, t.id, t."caseId", t."caseCode", t.detail FROM (
    -- a petition is placed at its first history row (register, receive, split_part), stamped by
    -- the application's Clock as every later step and, now, the row's created_at (older rows
    -- took the database's time); steps of one instant (one transaction, a fixed clock) follow
    -- their insertion order (seq)
    SELECT 'petition' AS kind, p.received_on::text AS "on", COALESCE(f.occurred_at, p.created_at)
             AS at, COALESCE(f.seq, 0) AS seq, p.id,
           p.case_id AS "caseId", cs.code AS "caseCode",
           json_build_object('bookYear', p.book_year, 'bookNo', p.book_no, 'type', p.type,
             'source', p.source, 'status', p.status, 'outcome', p.outcome,
             'parentId', p.parent_id, 'summary', p.summary) AS detail
      FROM petition p JOIN cs ON cs.id = p.case_id
      LEFT JOIN LATERAL (SELECT f.occurred_at, f.seq FROM petition_event f
                          WHERE f.petition_id = p.id ORDER BY f.occurred_at, f.seq LIMIT 1) f ON true
    UNION ALL
    SELECT 'visit', v.visit_on::text, v.received_at, 0, v.id, v.case_id, cs.code,
           json_build_object('bookYear', v.book_year, 'visitNo', v.visit_no,
             'contentType', v.content_type, 'outcome', v.outcome,
             'isFirstTime', v.is_first_time, 'summary', v.summary)
      FROM reception_visit v JOIN cs ON cs.id = v.case_id
    UNION ALL
    SELECT 'event', (e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text, e.occurred_at,
           e.seq, e.id, p.case_id, cs.code,
           -- an outcome judged against its period (D1; a denunciation's D11 or D12) says how it went;
           -- an outcome gives the day the petition counts as handled, an urging its letter's day
           -- (a repeated urging leaves the handling day where it was); the body the step names and
           -- its note are read from their own row, never from the history row's data
           (jsonb_build_object('petitionId', e.petition_id, 'action', e.action,
             'fromStatus', e.from_status, 'toStatus', e.to_status, 'legalBasis', e.legal_basis)
            || jsonb_strip_nulls(jsonb_build_object('handledOn', e.data->'handledOn',
                 'urgedOn', e.data->'urgedOn', 'repeated', e.data->'repeated', 'body', b.body,
                 'note', b.note))
            || CASE WHEN e.data->'timeliness' IS NOT NULL THEN jsonb_strip_nulls(jsonb_build_object(
                 'timeliness', e.data->'timeliness', 'dueOn', e.data->'dueOn',
                 'dueRule', e.data->'dueRule', 'transferDueOn', e.data->'transferDueOn'))
               ELSE '{}'::jsonb END)::json
      FROM petition_event e JOIN petition p ON p.id = e.petition_id JOIN cs ON cs.id = p.case_id
      LEFT JOIN petition_step_body b ON b.event_id = e.id
     WHERE e.action NOT IN ('register', 'receive')
    UNION ALL
    SELECT 'merge', (c.merged_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text, c.merged_at, 0,
           c.id, c.id, c.code, json_build_object('mergedIntoId', c.merged_into_id)
      FROM "case" c WHERE c.merged_into_id = $1
  ) t
  ORDER BY t."on", t.at, t.seq, t.id
  LIMIT 5000`;
