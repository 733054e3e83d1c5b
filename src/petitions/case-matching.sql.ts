import type { CaseField, ContentType } from '../cases/domain/case-enums';
import type { PersonMatch } from './domain/case-match';

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
  /** Each person of the case found by the same-person search, with what decides showing it. */
  personMatches: PersonMatch[];
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
 * appear by pseudonym only, each with whether their part in the case is secret and whether the
 * viewer already knows it (the same-person reason is then filtered by domain/case-match.ts). A
 * person match the viewer may not be shown finds no case: such a case is read only when the text
 * or respondent search finds it, exactly as if the person had not been given.
 * $1 agency (the viewer's), $2 person ids, $3 summary, $4 respondent, $5 type, $6 limit,
 * $7 viewer (desk roles; null otherwise), $8 the viewer is a leader.
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
    SELECT cp.case_id, cp.person_id
      FROM case_person cp JOIN persons x ON x.person_id = cp.person_id
    UNION
    SELECT pt.case_id, ps.person_id
      FROM petition_signatory ps JOIN persons x ON x.person_id = ps.person_id
      JOIN petition pt ON pt.id = ps.petition_id),
  -- The person's records in the case (or in a case merged into it): a visit's link names its
  -- case, a petition's link is found through the petition.
  case_links AS (
    SELECT pc.case_id, pc.person_id, l.is_confidential, l.officer_id, l.agency_id
      FROM person_cases pc JOIN person_record_link l ON l.person_id = pc.person_id
      LEFT JOIN petition lp ON l.record_type = 'petition' AND lp.id = l.record_id
      JOIN "case" m ON m.id = COALESCE(lp.case_id, l.case_id)
     WHERE m.id = pc.case_id OR m.merged_into_id = pc.case_id),
  -- Luật Tố cáo 2018 Điều 9(1)(b), 47: is the person's part secret (a denunciation or mixed case,
  -- or a confidential record of theirs in it), and is the viewer ($7, desk roles only) the
  -- officer of such a record in their own agency ($1)? domain/case-match.ts decides from these.
  person_matches AS (
    SELECT pc.case_id, pe.pseudonym,
           (c.is_confidential OR EXISTS (
              SELECT 1 FROM case_links cl
               WHERE cl.case_id = pc.case_id AND cl.person_id = pc.person_id
                 AND cl.is_confidential)) AS confidential,
           EXISTS (
              SELECT 1 FROM case_links cl
               WHERE cl.case_id = pc.case_id AND cl.person_id = pc.person_id
                 AND cl.is_confidential AND cl.officer_id = $7::uuid AND cl.agency_id = $1)
             AS "knownToViewer"
      FROM person_cases pc JOIN "case" c ON c.id = pc.case_id
      JOIN person pe ON pe.id = pc.person_id),
  -- Only a person match the viewer may be shown finds a case (the rule of shownPersonMatches,
  -- domain/case-match.ts): a case reached only through a hidden one would otherwise be read,
  -- scored on a weaker text match than the search below, and take a place among the $6 rows;
  -- comparing answers with and without the person would tell that they denounced in it.
  shown_person_cases AS (
    SELECT case_id FROM person_matches
     WHERE NOT confidential OR $8::boolean OR "knownToViewer"),
  text_cases AS (
    SELECT c.id FROM "case" c, q
     WHERE c.agency_id = $1 AND q.s IS NOT NULL
       AND (search_text(c.summary) % q.s OR q.s <% search_text(c.summary))
    UNION
    SELECT c.id FROM "case" c, q
     WHERE c.agency_id = $1 AND q.r IS NOT NULL AND search_text(c.respondent) % q.r),
  ids AS (SELECT case_id AS id FROM shown_person_cases UNION SELECT id FROM text_cases)
  SELECT c.id, c.code, c.opened_on::text AS "openedOn", c.content_type AS "contentType", c.field,
         c.summary, c.respondent, c.is_confidential AS "isConfidential", c.version,
         COALESCE((SELECT json_agg(json_build_object('pseudonym', pm.pseudonym,
                                 'confidential', pm.confidential,
                                 'knownToViewer', pm."knownToViewer") ORDER BY pm.pseudonym)
                     FROM person_matches pm WHERE pm.case_id = c.id), '[]') AS "personMatches",
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
