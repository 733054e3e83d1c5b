import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import type { DecisionEntity } from '../decisions/decision.entity';
import { DecisionsService, type IssueDocumentInput } from '../decisions/decisions.service';
import type { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import type { ProceedingRef } from './resolution-events.service';

export type ProceedingDocumentInput = Omit<
  IssueDocumentInput,
  'proceedingType' | 'proceedingId' | 'caseId' | 'agencyId' | 'issuerAbbrev'
>;

/**
 * Issues a numbered document of a proceeding: the symbol's issuer part comes from the agency tree
 * (NĐ 30/2020), the number from the agency's register (DecisionsService).
 */
@Injectable()
export class ProceedingDocumentsService {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly issuers: DocumentIssuerService,
  ) {}

  async issue(
    manager: EntityManager,
    ctx: ActionContext,
    ref: ProceedingRef,
    input: ProceedingDocumentInput,
  ): Promise<DecisionEntity> {
    const { issuer } = await this.issuers.issuerFor(ref.agencyId);
    const issued = await this.decisions.issue(manager, ctx, {
      ...input,
      proceedingType: ref.type,
      proceedingId: ref.id,
      caseId: ref.caseId,
      agencyId: ref.agencyId,
      issuerAbbrev: issuer.abbreviation,
    });
    return issued.decision;
  }

  /** Whether the proceeding holds a document of this kind (in the caller's transaction). */
  async hasIssued(
    manager: EntityManager,
    proceedingId: string,
    kind: IssuedDocumentKind,
  ): Promise<boolean> {
    const documents = await this.decisions.listForProceeding(proceedingId, manager);
    return documents.some((d) => d.decision.kind === kind);
  }
}
