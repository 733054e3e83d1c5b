import { type DecisionJson, decisionsOfProceedingSql } from '../decisions/decisions.repository';

type JsonRow = Record<string, unknown>;

/** DENUNCIATION_DETAIL's one row: the tables' rows as json (a list is null when empty). */
export interface DenunciationDetailJson {
  denunciation: JsonRow;
  suspensions: JsonRow[] | null;
  verification: JsonRow[] | null;
  extensions: JsonRow[] | null;
  decisions: DecisionJson[] | null;
}

/**
 * A denunciation proceeding ($1) with everything its detail shows but its persons, in one
 * statement: the row, each record table as a json array in the order the detail lists it, and the
 * documents with their measures. Read after every action (the POST reply), by GET and by the
 * documents.
 */
export const DENUNCIATION_DETAIL = `
  SELECT to_json(p) AS denunciation,
         (SELECT json_agg(s ORDER BY s.suspended_on, s.created_at)
            FROM denunciation_suspension s WHERE s.denunciation_id = p.id) AS suspensions,
         (SELECT json_agg(v ORDER BY v.recorded_on, v.created_at)
            FROM denunciation_verification_record v WHERE v.denunciation_id = p.id) AS verification,
         (SELECT json_agg(e ORDER BY e.seq)
            FROM denunciation_extension e WHERE e.denunciation_id = p.id) AS extensions,
         ${decisionsOfProceedingSql('$1')} AS decisions
    FROM denunciation_resolution p
   WHERE p.id = $1`;
