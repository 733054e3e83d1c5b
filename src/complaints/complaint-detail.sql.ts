import { type DecisionJson, decisionsOfProceedingSql } from '../decisions/decisions.repository';

type JsonRow = Record<string, unknown>;

/** COMPLAINT_DETAIL's one row: the tables' rows as json (a list is null when empty). */
export interface ComplaintDetailJson {
  complaint: JsonRow;
  suspensions: JsonRow[] | null;
  verification: JsonRow[] | null;
  dialogues: JsonRow[] | null;
  dropped: JsonRow[] | null;
  decisions: DecisionJson[] | null;
}

/**
 * A complaint proceeding ($1) with everything its detail shows but its persons, in one statement:
 * the row, each record table as a json array in the order the detail lists it, and the documents
 * with their measures. Read after every action (the POST reply), by GET and by the documents.
 */
export const COMPLAINT_DETAIL = `
  SELECT to_json(c) AS complaint,
         (SELECT json_agg(s ORDER BY s.suspended_on, s.created_at)
            FROM complaint_suspension s WHERE s.complaint_id = c.id) AS suspensions,
         (SELECT json_agg(v ORDER BY v.recorded_on, v.created_at)
            FROM complaint_verification_record v WHERE v.complaint_id = c.id) AS verification,
         (SELECT json_agg(g ORDER BY g.held_on, g.created_at)
            FROM complaint_dialogue g WHERE g.complaint_id = c.id) AS dialogues,
         (SELECT json_agg(dc ORDER BY dc.dropped_on, dc.created_at)
            FROM complaint_dropped_challenge dc WHERE dc.complaint_id = c.id) AS dropped,
         ${decisionsOfProceedingSql('$1')} AS decisions
    FROM complaint_resolution c
   WHERE c.id = $1`;
