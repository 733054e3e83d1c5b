import { bookQueueLockSql } from '../database/record-number';

/**
 * Registering a petition in ONE statement (DESIGN §10 P2): check the case and the persons cited
 * by id against the officer's scope, take the next number of the agency's petition book (gapless:
 * the book's queue lock, then the counter row, are held until commit; a rollback gives the number
 * back), insert the petition,
 * its signatories and its first history row, and return what the reply needs. When a check fails
 * nothing is inserted and `id` is null; the service then names the field and rolls back.
 *
 * $1 id, $2 agency, $3 book year, $4 received_on, $5 source, $6 sender_body, $7 dispatch_no,
 * $8 dispatch_on, $9 type, $10 field, $11 summary, $12 respondent, $13 signatory_kind,
 * $14 is_anonymous, $15 case_id, $16 handling_due_on, $17 handling_rule_key,
 * $18 handling_rule_version, $19 check_due_on, $20 check_rule_version, $21 transfer_due_on,
 * $22 transfer_rule_version, $23 due_on, $24 handler_id, $25 created_by, $26 signatory ids
 * (in order), $27 person ids cited by the request, $28 scope agency ids (null = all),
 * $29 event legal basis, $30 event data, $31 the time of the registration (the application's
 * `Clock`, as the audit row's: never the database's `now()`): the petition's `created_at` and its
 * history row's `occurred_at` — a parameter, so no statement is added (P2).
 */
export const REGISTER_PETITION_SQL = `
  WITH chk AS (
    SELECT (SELECT c.code FROM "case" c
             WHERE c.id = $15 AND c.agency_id = $2 AND c.merged_into_id IS NULL) AS case_code,
           (SELECT count(*) FROM person p
             WHERE p.id = ANY($27::uuid[])
               AND ($28::uuid[] IS NULL OR p.agency_id = ANY($28::uuid[])
                    OR EXISTS (SELECT 1 FROM person_record_link l
                                WHERE l.person_id = p.id AND l.agency_id = ANY($28::uuid[]))))
             = cardinality($27::uuid[]) AS persons_ok),
  queued AS (
    SELECT ${bookQueueLockSql("'petition'", '$2::uuid', '$3::int')} FROM chk
     WHERE chk.case_code IS NOT NULL AND chk.persons_ok),
  num AS (
    INSERT INTO record_counter (scope, agency_id, year, last_value)
    SELECT 'petition', $2, $3, 1 FROM queued
    ON CONFLICT (scope, agency_id, year) DO UPDATE SET last_value = record_counter.last_value + 1
    RETURNING last_value),
  ins AS (
    INSERT INTO petition (id, agency_id, book_year, book_no, received_on, source, sender_body,
        dispatch_no, dispatch_on, type, field, summary, respondent, signatory_kind, is_anonymous,
        case_id, handling_due_on, handling_rule_key, handling_rule_version, check_due_on,
        check_rule_version, transfer_due_on, transfer_rule_version, due_on, handler_id, created_by,
        created_at)
    SELECT $1, $2, $3, num.last_value, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
           $17, $18, $19, $20, $21, $22, $23, $24, $25, $31::timestamptz
      FROM num
    RETURNING id, book_no, status, version, created_at),
  sig AS (
    INSERT INTO petition_signatory (petition_id, position, person_id)
    SELECT ins.id, t.ord - 1, t.person_id
      FROM ins, unnest($26::uuid[]) WITH ORDINALITY AS t(person_id, ord)),
  ev AS (
    INSERT INTO petition_event (petition_id, action, to_status, actor_id, legal_basis, data,
        occurred_at)
    SELECT ins.id, 'register', ins.status, $25, $29,
           $30::jsonb || jsonb_build_object('bookNo', ins.book_no), ins.created_at FROM ins)
  SELECT ins.id, ins.book_no AS "bookNo", ins.version, ins.created_at AS "createdAt",
         chk.case_code AS "caseCode", chk.persons_ok AS "personsOk",
         COALESCE((SELECT json_agg(json_build_object('personId', pe.id, 'pseudonym', pe.pseudonym,
                                                     'kind', pe.kind) ORDER BY t.ord)
                     FROM unnest($26::uuid[]) WITH ORDINALITY AS t(person_id, ord)
                     JOIN person pe ON pe.id = t.person_id), '[]') AS signatories
    FROM chk LEFT JOIN ins ON true`;

/** After a failed registration: why (the case, or which cited person). Runs only on failure. */
export const REGISTRATION_DIAGNOSIS_SQL = `
  SELECT (SELECT c.merged_into_id IS NOT NULL FROM "case" c
           WHERE c.id = $1 AND c.agency_id = $2) AS "caseMerged",
         ARRAY(SELECT p.id FROM person p
                WHERE p.id = ANY($3::uuid[])
                  AND ($4::uuid[] IS NULL OR p.agency_id = ANY($4::uuid[])
                       OR EXISTS (SELECT 1 FROM person_record_link l
                                   WHERE l.person_id = p.id AND l.agency_id = ANY($4::uuid[]))))
           AS "visiblePersonIds"`;
