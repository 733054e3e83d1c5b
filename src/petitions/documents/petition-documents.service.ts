import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ActionContext } from '../../auth/action-context';
import { isConfidentialContent } from '../../cases/domain/case-enums';
import { petitionDocumentTextsVi as texts } from '../../common/i18n/petition-messages.vi';
import { Clock } from '../../common/time/clock';
import { DecisionsService } from '../../decisions/decisions.service';
import { PersonRecordType } from '../../persons/domain/person-enums';
import { IdentityService } from '../../persons/identity.service';
import { DocumentIssuerService } from '../../reception/document-issuer.service';
import { type CitizenRef, DocumentRenderer } from '../../reports';
import { PetitionErrorCode as E, petitionError, violation } from '../domain/petition-errors';
import type { PetitionRow } from '../petition-row.sql';
import { PetitionQueryService } from '../petition-query.service';
import { requireActor } from '../require-actor';
import {
  isDocumentApplicable,
  NAMES_DENOUNCER,
  NUMBERED_AS,
  PetitionDocumentKind,
} from './petition-document-kind';
import {
  guidanceData,
  nonAcceptanceData,
  type PetitionDocumentInput,
  proposalData,
  transferSlipData,
  urgingData,
} from './petition-documents';

/** Names shown before "và N người khác". */
const NAMED = 3;

function namesOf(names: readonly string[]): string {
  const shown = names.slice(0, NAMED).join(', ');
  return names.length > NAMED ? `${shown} ${texts.andOthers(names.length - NAMED)}` : shown;
}

/**
 * The documents of petition handling as PDF (GET /petitions/:id/documents/:kind), each for the
 * outcome it belongs to (409 otherwise). Who appears by name: documents/petition-document-kind.ts.
 */
@Injectable()
export class PetitionDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly query: PetitionQueryService,
    private readonly identities: IdentityService,
    private readonly issuers: DocumentIssuerService,
    private readonly renderer: DocumentRenderer,
    private readonly decisions: DecisionsService,
    private readonly clock: Clock,
  ) {}

  async render(
    ctx: ActionContext,
    id: string,
    kind: PetitionDocumentKind,
  ): Promise<StreamableFile> {
    const row = await this.query.getRow(requireActor(ctx), id);
    if (!isDocumentApplicable(kind, row.outcome)) {
      throw petitionError(violation(E.DocumentNotApplicable, 'kind', 'documentNotApplicable'));
    }
    const input: PetitionDocumentInput = {
      petition: row,
      issuer: (await this.issuers.issuerFor(row.agencyId)).issuer,
      ...(await this.numbered(row.id, kind)),
      petitioner: await this.petitionerOf(ctx, row, kind),
      proposerName: await this.officerName(row.handlerId ?? row.createdBy),
    };
    const pdf = await this.draw(kind, input);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="${kind}-${row.bookYear}-${row.bookNo}.pdf"`,
    });
  }

  private draw(kind: PetitionDocumentKind, input: PetitionDocumentInput): Promise<Buffer> {
    switch (kind) {
      case PetitionDocumentKind.Proposal:
        return this.renderer.petitionProposal(proposalData(input));
      case PetitionDocumentKind.TransferSlip: {
        const confidential = isConfidentialContent(input.petition.type);
        return this.renderer.petitionTransferSlip(transferSlipData(input, confidential));
      }
      case PetitionDocumentKind.Guidance:
        return this.renderer.guidanceSlip(guidanceData(input));
      case PetitionDocumentKind.Urging:
        return this.renderer.petitionUrging(urgingData(input));
      case PetitionDocumentKind.NonAcceptance:
        return this.renderer.petitionNonAcceptance(nonAcceptanceData(input));
    }
  }

  /**
   * The number and date the outcome step issued the document with (the latest, for a repeated
   * urging), so a re-print is the same document. The proposal is unnumbered and dated today; a
   * petition handled before its documents were numbered (migration 1767225731000) has no row and
   * prints a blank number and today's date, as it did.
   */
  private async numbered(
    petitionId: string,
    kind: PetitionDocumentKind,
  ): Promise<Pick<PetitionDocumentInput, 'issuedOn' | 'number' | 'unnumbered'>> {
    const issued = NUMBERED_AS[kind];
    if (issued === null) return { issuedOn: this.clock.today(), unnumbered: true };
    const rows = await this.decisions.listForProceeding(petitionId);
    const own = rows.filter((r) => r.decision.kind === issued).at(-1)?.decision;
    if (!own) return { issuedOn: this.clock.today() };
    return { issuedOn: own.issuedOn, number: own.registerNo };
  }

  /** The signatories as the document may show them: names where allowed and readable. */
  private async petitionerOf(
    ctx: ActionContext,
    row: PetitionRow,
    kind: PetitionDocumentKind,
  ): Promise<CitizenRef> {
    if (row.signatories.length === 0) {
      return { displayName: row.isAnonymous ? texts.anonymous : texts.noSignatory };
    }
    const pseudonyms = row.signatories.map((s) => s.pseudonym);
    if (isConfidentialContent(row.type) && !NAMES_DENOUNCER[kind]) {
      return { displayName: namesOf(pseudonyms) };
    }
    const shown = row.signatories.slice(0, NAMED).map((s) => s.personId);
    const read = await this.identities.readForViewer(requireActor(ctx), shown, {
      purpose: `petition.document.${kind}`,
      recordType: PersonRecordType.Petition,
      recordId: row.id,
      requestId: ctx.requestId,
    });
    const names = row.signatories.map((s) => read.get(s.personId)?.fullName ?? s.pseudonym);
    const address = read.get(row.signatories[0]!.personId)?.address;
    return { displayName: namesOf(names), ...(address ? { address } : {}) };
  }

  private async officerName(id: string): Promise<string> {
    const rows = await this.dataSource.query<{ full_name: string }[]>(
      'SELECT full_name FROM officer WHERE id = $1',
      [id],
    );
    return rows[0]?.full_name ?? '';
  }
}
