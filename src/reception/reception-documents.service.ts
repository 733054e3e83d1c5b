import { Injectable, StreamableFile } from '@nestjs/common';

import type { ActionContext } from '../auth/action-context';
import { isConfidentialContent } from '../cases/domain/case-enums';
import { receptionDocumentTextsVi as texts } from '../common/i18n/reception-messages.vi';
import { PersonRecordType } from '../persons/domain/person-enums';
import { IdentityService } from '../persons/identity.service';
import { DocumentRenderer } from '../reports';
import { VisitOutcome } from './domain/reception-enums';
import { ReceptionErrorCode as E, receptionError, violation } from './domain/reception-errors';
import { type CitizenView, citizenView, primaryVisitor } from './documents/citizen-view';
import { VisitDocumentKind } from './documents/visit-document-kind';
import {
  guidanceSlipData,
  oralStatementData,
  receiptData,
  refusalNoticeData,
  type VisitDocumentInput,
} from './documents/visit-documents';
import { DocumentIssuerService } from './document-issuer.service';
import { ReceptionSessionsRepository } from './reception-sessions.repository';
import { requireActor } from './require-actor';
import type { VisitRow } from './visit-row.sql';
import { VisitQueryService } from './visit-query.service';

/** Which outcome a document needs (null: every visit may have it). */
const NEEDS_OUTCOME: Readonly<Record<VisitDocumentKind, VisitOutcome | null>> = {
  [VisitDocumentKind.Receipt]: null,
  [VisitDocumentKind.GuidanceSlip]: VisitOutcome.Guided,
  [VisitDocumentKind.OralStatementRecord]: null,
  [VisitDocumentKind.RefusalNotice]: VisitOutcome.Refused,
};

/**
 * The documents of one visit as PDF. Luật Tố cáo 2018 Điều 9(1)(b), Điều 47: a denouncer's
 * identity appears on nothing but their own receipt; every other document of a confidential visit
 * names the person by pseudonym, and its identity is not even read.
 */
@Injectable()
export class ReceptionDocumentsService {
  constructor(
    private readonly visits: VisitQueryService,
    private readonly sessions: ReceptionSessionsRepository,
    private readonly identities: IdentityService,
    private readonly issuers: DocumentIssuerService,
    private readonly renderer: DocumentRenderer,
  ) {}

  async render(ctx: ActionContext, id: string, kind: VisitDocumentKind): Promise<StreamableFile> {
    const visit = await this.visits.getRow(requireActor(ctx), id);
    const needed = NEEDS_OUTCOME[kind];
    if (needed !== null && visit.outcome !== needed) {
      throw receptionError(violation(E.DocumentNotApplicable, 'kind', 'documentNotApplicable'));
    }
    const input = await this.inputFor(ctx, visit, kind);
    const pdf = await this.draw(kind, input);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="${kind}-${visit.bookYear}-${visit.visitNo}.pdf"`,
    });
  }

  private draw(kind: VisitDocumentKind, input: VisitDocumentInput): Promise<Buffer> {
    switch (kind) {
      case VisitDocumentKind.Receipt:
        return this.renderer.receptionReceipt(receiptData(input));
      case VisitDocumentKind.GuidanceSlip:
        return this.renderer.guidanceSlip(guidanceSlipData(input));
      case VisitDocumentKind.OralStatementRecord:
        return this.renderer.oralStatementRecord(oralStatementData(input));
      case VisitDocumentKind.RefusalNotice:
        return this.renderer.receptionRefusalNotice(refusalNoticeData(input));
    }
  }

  private async inputFor(
    ctx: ActionContext,
    visit: VisitRow,
    kind: VisitDocumentKind,
  ): Promise<VisitDocumentInput> {
    const { issuer, agencyName } = await this.issuers.issuerFor(visit.agencyId);
    const session = visit.sessionId ? await this.sessions.findById(visit.sessionId) : null;
    return {
      visit,
      issuer,
      citizen: await this.citizenFor(ctx, visit, kind),
      receptionPlace: session?.place ?? texts.receptionPlace(agencyName),
    };
  }

  /** The receipt (to the person) may name them; other documents of a secret matter never do. */
  private async citizenFor(
    ctx: ActionContext,
    visit: VisitRow,
    kind: VisitDocumentKind,
  ): Promise<CitizenView> {
    const person = primaryVisitor(visit);
    const secret = isConfidentialContent(visit.contentType);
    if (secret && kind !== VisitDocumentKind.Receipt) return citizenView(person.pseudonym, null);
    const read = await this.identities.readForViewer(requireActor(ctx), [person.personId], {
      purpose: `reception.document.${kind}`,
      recordType: PersonRecordType.Visit,
      recordId: visit.id,
      requestId: ctx.requestId,
    });
    return citizenView(person.pseudonym, read.get(person.personId) ?? null);
  }
}
