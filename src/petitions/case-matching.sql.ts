import type { CaseField, ContentType } from '../cases/domain/case-enums';

export interface CandidateRow {
  id: string;
  code: string;
  openedOn: string;
  contentType: ContentType;
  field: CaseField;
  summary: string;
  respondent: string | null;
  isConfidential: boolean;
  version: number;
  pseudonyms: string[];
  contentSimilarity: number | null;
  respondentSimilarity: number | null;
  sameType: boolean;
}

/**
 * Existing open cases of one agency that a new petition may belong to (DOMAIN §3.4): raised by
 * the same persons (case_person, or a signatory of one of its petitions; a person registered
 * twice is found by the ID-number blind index), with a similar summary
 * or the same respondent. Text is compared by `search_text` (lower + unaccent, indexed with GIN
 * trigrams): "Khiếu nại … thu hồi đất" and "khieu nai … thu hoi dat" are the same text. Persons
 * appear by pseudonym only. $1 agency, $2 person ids, $3 summary, $4 respondent, $5 type, $6 limit.
 */
export const CASE_CANDIDATES_SQL = `
  WITH q AS (SELECT search_text($3) AS s, search_text($4) AS r),
  given AS (SELECT unnest($2::uuid[]) AS person_id),
  -- The same person registered more than once: equal ID-number blind indexes (HMACs; nothing
  -- is decrypted and no identity is read).
  persons AS (
    SELECT person_id FROM given
    UNION
    SELECT o.person_id FROM person_identity i
      JOIN given g ON g.person_id = i.person_id
      JOIN person_identity o ON o.id_number_hash = i.id_number_hash
     WHERE i.id_number_hash IS NOT NULL),
  person_cases AS (
    SELECT cp.case_id, pe.pseudonym
      FROM case_person cp JOIN persons x ON x.person_id = cp.person_id
      JOIN person pe ON pe.id = cp.person_id
    UNION
    SELECT pt.case_id, pe.pseudonym
      FROM petition_signatory ps JOIN persons x ON x.person_id = ps.person_id
      JOIN petition pt ON pt.id = ps.petition_id JOIN person pe ON pe.id = ps.person_id),
  text_cases AS (
    SELECT c.id FROM "case" c, q
     WHERE c.agency_id = $1 AND q.s IS NOT NULL
       AND (search_text(c.summary) % q.s OR q.s <% search_text(c.summary))
    UNION
    SELECT c.id FROM "case" c, q
     WHERE c.agency_id = $1 AND q.r IS NOT NULL AND search_text(c.respondent) % q.r),
  ids AS (SELECT case_id AS id FROM person_cases UNION SELECT id FROM text_cases)
  SELECT c.id, c.code, c.opened_on::text AS "openedOn", c.content_type AS "contentType", c.field,
         c.summary, c.respondent, c.is_confidential AS "isConfidential", c.version,
         ARRAY(SELECT DISTINCT pc.pseudonym FROM person_cases pc WHERE pc.case_id = c.id
                ORDER BY pc.pseudonym) AS pseudonyms,
         CASE WHEN q.s IS NULL THEN NULL
              ELSE greatest(similarity(search_text(c.summary), q.s),
                            word_similarity(q.s, search_text(c.summary))) END
           AS "contentSimilarity",
         CASE WHEN q.r IS NULL OR c.respondent IS NULL THEN NULL
              ELSE similarity(search_text(c.respondent), q.r) END AS "respondentSimilarity",
         (c.content_type = $5) IS TRUE AS "sameType"
    FROM ids JOIN "case" c ON c.id = ids.id CROSS JOIN q
   WHERE c.agency_id = $1 AND c.merged_into_id IS NULL
   ORDER BY c.opened_on DESC, c.id
   LIMIT $6`;
