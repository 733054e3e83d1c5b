import type { CaseField, ContentType } from '../cases/domain/case-enums';
import type { PersonKind } from '../persons/domain/person-enums';
import type { EligibilityAnswers } from './domain/eligibility';
import type {
  HandlingOutcome,
  NotAcceptableGround,
  PetitionSource,
  PetitionStatus,
  ResolutionStatus,
  SignatoryKind,
} from './domain/petition-enums';
import { CURRENT_DUE_SQL } from './petition-worklist.sql';

/** A signatory as lists show it: the pseudonym (from `person`, never `person_identity`). */
export interface SignatoryRow {
  personId: string;
  pseudonym: string;
  kind: PersonKind;
}

/** A petition as lists, the detail view, documents and the POST reply read it: one row, no N+1. */
export interface PetitionRow {
  id: string;
  agencyId: string;
  bookYear: number;
  bookNo: number;
  receivedOn: string;
  source: PetitionSource;
  senderBody: string | null;
  dispatchNo: string | null;
  dispatchOn: string | null;
  type: ContentType;
  field: CaseField;
  summary: string;
  respondent: string | null;
  signatoryKind: SignatoryKind;
  isAnonymous: boolean;
  caseId: string;
  caseCode: string;
  visitId: string | null;
  parentId: string | null;
  partNo: number | null;
  status: PetitionStatus;
  outcome: HandlingOutcome | null;
  handledOn: string | null;
  outcomeBody: string | null;
  notAcceptableGround: NotAcceptableGround | null;
  outcomeNote: string | null;
  denouncerNotifiedOn: string | null;
  eligibility: EligibilityAnswers | null;
  isEligible: boolean | null;
  isInCompetence: boolean | null;
  resolutionStatus: ResolutionStatus | null;
  handlingDueOn: string;
  handlingRuleKey: string;
  handlingRuleVersion: number;
  checkDueOn: string | null;
  checkRuleVersion: number | null;
  checkExtended: boolean;
  transferDueOn: string | null;
  transferRuleVersion: number | null;
  /** The worklist due date (`currentDueOn`): D11 alone for a denunciation proposed for acceptance. */
  dueOn: string;
  handlerId: string | null;
  createdBy: string;
  version: number;
  createdAt: Date;
  signatories: SignatoryRow[];
}

/** Every column of PetitionRow; `p` = petition, `c` = case. */
export const PETITION_ROW_SELECT = `
  SELECT p.id, p.agency_id AS "agencyId", p.book_year AS "bookYear", p.book_no AS "bookNo",
         p.received_on::text AS "receivedOn", p.source, p.sender_body AS "senderBody",
         p.dispatch_no AS "dispatchNo", p.dispatch_on::text AS "dispatchOn", p.type, p.field,
         p.summary, p.respondent, p.signatory_kind AS "signatoryKind",
         p.is_anonymous AS "isAnonymous", p.case_id AS "caseId", c.code AS "caseCode",
         p.visit_id AS "visitId", p.parent_id AS "parentId", p.part_no AS "partNo", p.status,
         p.outcome, p.handled_on::text AS "handledOn", p.outcome_body AS "outcomeBody",
         p.not_acceptable_ground AS "notAcceptableGround", p.outcome_note AS "outcomeNote",
         p.denouncer_notified_on::text AS "denouncerNotifiedOn", p.eligibility,
         p.is_eligible AS "isEligible", p.is_in_competence AS "isInCompetence",
         p.resolution_status AS "resolutionStatus", p.handling_due_on::text AS "handlingDueOn",
         p.handling_rule_key AS "handlingRuleKey", p.handling_rule_version AS "handlingRuleVersion",
         p.check_due_on::text AS "checkDueOn", p.check_rule_version AS "checkRuleVersion",
         p.check_extended AS "checkExtended", p.transfer_due_on::text AS "transferDueOn",
         p.transfer_rule_version AS "transferRuleVersion", ${CURRENT_DUE_SQL}::text AS "dueOn",
         p.handler_id AS "handlerId", p.created_by AS "createdBy", p.version,
         p.created_at AS "createdAt",
         COALESCE((SELECT json_agg(json_build_object('personId', s.person_id,
                                                     'pseudonym', pe.pseudonym, 'kind', pe.kind)
                                   ORDER BY s.position)
                     FROM petition_signatory s JOIN person pe ON pe.id = s.person_id
                    WHERE s.petition_id = p.id), '[]') AS signatories
    FROM petition p
    JOIN "case" c ON c.id = p.case_id`;
