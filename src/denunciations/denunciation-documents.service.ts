import { Injectable, StreamableFile } from '@nestjs/common';

import type { ActionContext } from '../auth/action-context';
import { CasesService } from '../cases/cases.service';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import { DocumentRenderer } from '../reports';
import { documentNotApplicable } from '../resolutions/document-facts';
import { ProceedingAccessService } from '../resolutions/proceeding-access.service';
import { ProceedingPersonsService } from '../resolutions/proceeding-persons.service';
import type { ProceedingPerson } from '../resolutions/proceeding-parts.mapper';
import { requireActor } from '../resolutions/require-actor';
import { conclusionDocument, resultNoticeDocument } from './denunciation-conclusion-documents';
import { DenunciationDocumentKind as K, TO_THE_DENOUNCER } from './denunciation-document-kind';
import {
  type Built,
  DENUNCIATION_DOCUMENT_BUILDERS,
  type DenunciationDocumentInput,
} from './denunciation-documents';
import { denunciationRecord, DenunciationQueryService } from './denunciation-query.service';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';

function build(kind: K, input: DenunciationDocumentInput): Built {
  if (kind === K.Conclusion) return conclusionDocument(input);
  if (kind === K.ResultNotice) return resultNoticeDocument(input);
  const builder = DENUNCIATION_DOCUMENT_BUILDERS[kind];
  if (!builder) throw documentNotApplicable();
  return builder(input);
}

/**
 * The documents of a denunciation proceeding as PDF (NĐ 30/2020 layout). Luật TC 2018 Điều 9, 47,
 * 56: only the notices addressed to the denouncer may name them, and only for a reader the vault
 * allows (audited); for every other document their identity is not even read.
 */
@Injectable()
export class DenunciationDocumentsService {
  constructor(
    private readonly query: DenunciationQueryService,
    private readonly persons: ProceedingPersonsService,
    private readonly access: ProceedingAccessService,
    private readonly cases: CasesService,
    private readonly issuers: DocumentIssuerService,
    private readonly renderer: DocumentRenderer,
  ) {}

  async render(ctx: ActionContext, id: string, kind: K): Promise<StreamableFile> {
    const denunciation = await this.query.getVisible(requireActor(ctx), id);
    const input = await this.inputFor(ctx, denunciation, kind);
    const pdf = await this.renderer.resolutionDocument({
      ...build(kind, input),
      issuer: input.issuer,
    });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="denunciation-${kind}.pdf"`,
    });
  }

  private async inputFor(
    ctx: ActionContext,
    d: DenunciationResolutionEntity,
    kind: K,
  ): Promise<DenunciationDocumentInput> {
    const toDenouncer = TO_THE_DENOUNCER.has(kind);
    const persons = toDenouncer
      ? await this.persons.listWithIdentity(ctx, denunciationRecord(d))
      : await this.persons.list(undefined, denunciationRecord(d));
    const detail = await this.query.detailOf(d, persons);
    const matter = await this.cases.get(d.caseId);
    const team = d.verificationLeadId ? [d.verificationLeadId, ...d.verificationMemberIds] : [];
    return {
      detail,
      issuer: (await this.issuers.issuerFor(d.agencyId)).issuer,
      denouncer: toDenouncer ? nameOf(persons[0]) : null,
      content: matter.summary,
      accused: matter.respondent,
      team: await this.access.namesOf(requireActor(ctx), team),
    };
  }
}

const nameOf = (p: ProceedingPerson | undefined): string =>
  p?.identity?.fullName ?? p?.pseudonym ?? '';
