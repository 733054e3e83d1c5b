import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { nextRecordNumber } from '../database/record-number';
import type { ExplanationStep } from '../legal/domain/deadline-engine';
import type { DecisionEntity, DocumentProceedingType } from './decision.entity';
import {
  DecisionsRepository,
  type DecisionWithMeasures,
  type NewMeasure,
} from './decisions.repository';
import { decisionNumberSymbol } from './domain/decision-number';
import { type DecisionOutcome, validateOutcome } from './domain/decision-outcome';
import { throwIfDecisionInvalid } from './domain/decision-errors';
import { decisionKindOf, DOCUMENT_TYPE_OF, type IssuedDocumentKind } from './domain/document-kind';
import { type RecommendedMeasure, validateMeasures } from './domain/recommended-measures';
import type { Timeliness } from './domain/timeliness';

export interface IssueSigner {
  name: string;
  title: string;
  authority?: string | null;
}

/** What a proceeding's action hands over to issue one numbered document. */
export interface IssueDocumentInput {
  kind: IssuedDocumentKind;
  proceedingType: DocumentProceedingType;
  proceedingId: string;
  caseId: string;
  agencyId: string;
  /** The symbol's issuer part, e.g. "TTTP" (NĐ 30/2020). */
  issuerAbbrev: string;
  issuedOn: string;
  signer: IssueSigner;
  reasoning?: string | null;
  /** Outcome kinds only (DecisionKind): checked by validateOutcome / validateMeasures. */
  outcome?: DecisionOutcome;
  contentConclusion?: DecisionOutcome | null;
  deliberatelyFalse?: boolean;
  measures?: readonly RecommendedMeasure[];
  legalEffectOn?: string | null;
  legalEffectExplanation?: ExplanationStep[] | null;
  /** D9 as stated on the issue date (defaults to `legalEffectOn`). */
  statedLegalEffectOn?: string | null;
  timeliness?: Timeliness | null;
  /** The deadline as of the issue date (stated, or judged against), with its explanation. */
  dueOn?: string | null;
  dueExplanation?: ExplanationStep[] | null;
  /** Quyết định thụ lý tố cáo: the D13 date it states. */
  noticeDueOn?: string | null;
}

function checkOutcome(input: IssueDocumentInput): void {
  const kind = decisionKindOf(input.kind);
  if (kind === null || input.outcome === undefined) return;
  const outcome = validateOutcome({
    kind,
    outcome: input.outcome,
    contentConclusion: input.contentConclusion ?? null,
    deliberatelyFalse: input.deliberatelyFalse ?? false,
  });
  throwIfDecisionInvalid(outcome, validateMeasures(input.measures ?? []));
}

/** What the document says: outcome, reasoning. */
const contentColumns = (input: IssueDocumentInput) => ({
  outcome: input.outcome ?? null,
  contentConclusion: input.contentConclusion ?? null,
  isDeliberatelyFalse: input.deliberatelyFalse ?? false,
  reasoning: input.reasoning ?? null,
});

/** The dates the document states or was judged against, as of its issue date. */
const dateColumns = (input: IssueDocumentInput) => ({
  legalEffectOn: input.legalEffectOn ?? null,
  legalEffectExplanation: input.legalEffectExplanation ?? null,
  statedLegalEffectOn: input.statedLegalEffectOn ?? input.legalEffectOn ?? null,
  timeliness: input.timeliness ?? null,
  dueOn: input.dueOn ?? null,
  dueExplanation: input.dueExplanation ?? null,
  noticeDueOn: input.noticeDueOn ?? null,
});

const measureRow = (m: RecommendedMeasure, position: number): NewMeasure => ({
  position,
  type: m.type,
  amount: m.amount ?? null,
  area: m.area ?? null,
  collectives: m.collectives ?? null,
  persons: m.persons ?? null,
  officials: m.officials ?? null,
  beneficiaries: m.beneficiaries ?? null,
  note: m.description ?? null,
});

/**
 * Decisions and conclusions (DESIGN §2 Decision): numbers every document a proceeding issues,
 * gapless per agency, register and year (NĐ 30/2020), and keeps outcomes and measures consistent.
 * Runs in the caller's transaction; the caller records the event and the audit row.
 */
@Injectable()
export class DecisionsService {
  constructor(private readonly decisions: DecisionsRepository) {}

  async issue(
    manager: EntityManager,
    ctx: ActionContext,
    input: IssueDocumentInput,
  ): Promise<DecisionWithMeasures> {
    checkOutcome(input);
    const documentType = DOCUMENT_TYPE_OF[input.kind];
    const year = Number(input.issuedOn.slice(0, 4));
    const book = { book: `document.${documentType}` as const, agencyId: input.agencyId, year };
    const registerNo = await nextRecordNumber(manager, book);
    const numberSymbol = decisionNumberSymbol(registerNo, year, documentType, input.issuerAbbrev);
    const row = {
      agencyId: input.agencyId,
      caseId: input.caseId,
      proceedingType: input.proceedingType,
      proceedingId: input.proceedingId,
      kind: input.kind,
      documentType,
      registerYear: year,
      registerNo,
      numberSymbol,
      issuedOn: input.issuedOn,
      signerId: requireSigner(ctx),
      signerName: input.signer.name,
      signerTitle: input.signer.title,
      signerAuthority: input.signer.authority ?? null,
      ...contentColumns(input),
      ...dateColumns(input),
    };
    return this.decisions.insert(manager, row, (input.measures ?? []).map(measureRow));
  }

  /** The documents of a proceeding, oldest first. */
  listForProceeding(proceedingId: string, manager?: EntityManager) {
    return this.decisions.listForProceeding(proceedingId, manager);
  }

  /** One decision, in the caller's transaction (null when there is none). */
  async find(manager: EntityManager, id: string): Promise<DecisionEntity | null> {
    return this.decisions.find(manager, id);
  }

  /** One decision with its recommended measures, in the caller's transaction (enforcement). */
  findWithMeasures(manager: EntityManager, id: string): Promise<DecisionWithMeasures | null> {
    return this.decisions.findWithMeasures(manager, id);
  }

  /** D9 moved: a round-2 complaint or a lawsuit blocks the legal effect, or its end restores it. */
  setLegalEffect(
    manager: EntityManager,
    id: string,
    legalEffect: Pick<DecisionEntity, 'legalEffectOn' | 'legalEffectExplanation'>,
  ): Promise<void> {
    return this.decisions.setLegalEffect(manager, id, legalEffect);
  }
}

function requireSigner(ctx: ActionContext): string {
  if (!ctx.actor) throw new Error('A document is issued by an officer');
  return ctx.actor.id;
}
