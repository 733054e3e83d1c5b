import type { CaseField, ContentType } from '../cases/domain/case-enums';
import type { PersonKind } from '../persons/domain/person-enums';
import type {
  ReceptionKind,
  RefusalGround,
  VisitorRole,
  VisitOutcome,
} from './domain/reception-enums';

/** A visit as lists, the detail view, documents and the book read it: one row, no N+1. */
export interface VisitRow {
  id: string;
  agencyId: string;
  bookYear: number;
  visitNo: number;
  receivedAt: Date;
  visitOn: string;
  receptionKind: ReceptionKind;
  receivingOfficerId: string;
  receivingOfficerName: string;
  presidingHeadName: string | null;
  presidingHeadTitle: string | null;
  sessionId: string | null;
  personsCount: number;
  isDelegation: boolean;
  contentType: ContentType;
  field: CaseField;
  summary: string;
  earlierHandlingBody: string | null;
  earlierDecisionNo: string | null;
  outcome: VisitOutcome;
  refusalGround: RefusalGround | null;
  refusalNoticeNo: string | null;
  refusalNoticeOn: string | null;
  guidedTo: string | null;
  guidanceReason: string | null;
  forwardedTo: string | null;
  caseId: string;
  caseCode: string;
  isFirstTime: boolean;
  petitionId: string | null;
  petitionBookYear: number | null;
  petitionBookNo: number | null;
  petitionDueOn: string | null;
  createdBy: string;
  version: number;
  createdAt: Date;
  /** In list order, by pseudonym; identity is never here (IdentityService reads it). */
  visitors: { personId: string; role: VisitorRole; pseudonym: string; kind: PersonKind }[];
  /** The documents handed over, in the order given. */
  handedOverDocuments: VisitDocumentRow[];
}

export interface VisitDocumentRow {
  title: string;
  pages: number | null;
  copies: number | null;
  original: boolean | null;
  note: string | null;
}

/**
 * Every column of VisitRow; `v` = reception_visit, `c` = case, `p` = petition, `o` = officer. The
 * visitors' pseudonym and kind come from `person` (never `person_identity`).
 */
export const VISIT_ROW_SELECT = `
  SELECT v.id, v.agency_id AS "agencyId", v.book_year AS "bookYear", v.visit_no AS "visitNo",
         v.received_at AS "receivedAt", v.visit_on::text AS "visitOn",
         v.reception_kind AS "receptionKind", v.receiving_officer_id AS "receivingOfficerId",
         o.full_name AS "receivingOfficerName",
         v.presiding_head_name AS "presidingHeadName",
         v.presiding_head_title AS "presidingHeadTitle", v.session_id AS "sessionId",
         v.persons_count AS "personsCount", v.is_delegation AS "isDelegation",
         v.content_type AS "contentType", v.field, v.summary,
         v.earlier_handling_body AS "earlierHandlingBody",
         v.earlier_decision_no AS "earlierDecisionNo", v.outcome,
         v.refusal_ground AS "refusalGround", v.refusal_notice_no AS "refusalNoticeNo",
         v.refusal_notice_on::text AS "refusalNoticeOn", v.guided_to AS "guidedTo",
         v.guidance_reason AS "guidanceReason",
         v.forwarded_to AS "forwardedTo", v.case_id AS "caseId", c.code AS "caseCode",
         v.is_first_time AS "isFirstTime", v.petition_id AS "petitionId",
         p.book_year AS "petitionBookYear", p.book_no AS "petitionBookNo",
         p.handling_due_on::text AS "petitionDueOn", v.created_by AS "createdBy", v.version,
         v.created_at AS "createdAt",
         COALESCE((SELECT json_agg(json_build_object('personId', vp.person_id, 'role', vp.role,
                                                     'pseudonym', pe.pseudonym, 'kind', pe.kind)
                                   ORDER BY vp.position)
                     FROM reception_visit_person vp JOIN person pe ON pe.id = vp.person_id
                    WHERE vp.visit_id = v.id), '[]') AS visitors,
         COALESCE((SELECT json_agg(json_build_object('title', vd.title, 'pages', vd.pages,
                                                     'copies', vd.copies,
                                                     'original', vd.original, 'note', vd.note)
                                   ORDER BY vd.position)
                     FROM reception_visit_document vd
                    WHERE vd.visit_id = v.id), '[]') AS "handedOverDocuments"
    FROM reception_visit v
    JOIN "case" c ON c.id = v.case_id
    JOIN officer o ON o.id = v.receiving_officer_id
    LEFT JOIN petition p ON p.id = v.petition_id`;
