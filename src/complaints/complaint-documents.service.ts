import { Injectable, StreamableFile } from '@nestjs/common';

import type { ActionContext } from '../auth/action-context';
import { CasesService } from '../cases/cases.service';
import { DecisionsService } from '../decisions/decisions.service';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import { DocumentRenderer } from '../reports';
import { ProceedingAccessService } from '../resolutions/proceeding-access.service';
import { ProceedingPersonsService } from '../resolutions/proceeding-persons.service';
import { requireActor } from '../resolutions/require-actor';
import {
  complaintDecisionDocument,
  complaintTerminationDocument,
} from './complaint-decision-documents';
import { ComplaintDocumentKind as K } from './complaint-document-kind';
import {
  type Built,
  COMPLAINT_DOCUMENT_BUILDERS,
  type ComplaintDocumentInput,
} from './complaint-documents';
import { complaintRecord, ComplaintQueryService } from './complaint-query.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';

function build(kind: K, input: ComplaintDocumentInput): Built {
  switch (kind) {
    case K.Decision:
      return complaintDecisionDocument(input);
    case K.TerminationDecision:
      return complaintTerminationDocument(input);
    default:
      return COMPLAINT_DOCUMENT_BUILDERS[kind](input);
  }
}

/**
 * The documents of a complaint proceeding as PDF (NĐ 30/2020 layout), each filled from the
 * records. The complainant is named where this reader may read the identity (audited), else by
 * pseudonym.
 */
@Injectable()
export class ComplaintDocumentsService {
  constructor(
    private readonly query: ComplaintQueryService,
    private readonly persons: ProceedingPersonsService,
    private readonly access: ProceedingAccessService,
    private readonly decisions: DecisionsService,
    private readonly cases: CasesService,
    private readonly issuers: DocumentIssuerService,
    private readonly renderer: DocumentRenderer,
  ) {}

  async render(ctx: ActionContext, id: string, kind: K): Promise<StreamableFile> {
    const viewer = requireActor(ctx);
    const complaint = await this.query.getVisible(viewer, id);
    const input = await this.inputFor(ctx, complaint);
    const { issuer } = await this.issuers.issuerFor(complaint.agencyId);
    const pdf = await this.renderer.resolutionDocument({ ...build(kind, input), issuer });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="complaint-${kind}.pdf"`,
    });
  }

  private async inputFor(
    ctx: ActionContext,
    c: ComplaintResolutionEntity,
  ): Promise<ComplaintDocumentInput> {
    const viewer = requireActor(ctx);
    const persons = await this.persons.listWithIdentity(ctx, complaintRecord(c));
    const first = persons[0];
    const detail = await this.query.detailOf(c, persons);
    const matter = await this.cases.get(c.caseId);
    const team = c.verificationLeadId ? [c.verificationLeadId, ...c.verificationMemberIds] : [];
    return {
      detail,
      issuer: (await this.issuers.issuerFor(c.agencyId)).issuer,
      complainant: {
        name: first?.identity?.fullName ?? first?.pseudonym ?? '',
        address: first?.identity?.address ?? null,
      },
      content: matter.summary,
      respondent: matter.respondent,
      team: await this.access.namesOf(viewer, team),
      firstDecisionNo: c.firstRoundId ? await this.firstDecisionNo(c.firstRoundId) : null,
    };
  }

  private async firstDecisionNo(firstRoundId: string): Promise<string | null> {
    const docs = await this.decisions.listForProceeding(firstRoundId);
    const found = docs.find((d) => d.decision.kind === IssuedDocumentKind.ComplaintFirstRound);
    return found?.decision.numberSymbol ?? null;
  }
}
