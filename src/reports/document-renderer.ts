import { Injectable, Logger } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { type GuidanceSlipData, renderGuidanceSlip } from './layouts/guidance-slip.layout';
import {
  type OralStatementRecordData,
  renderOralStatementRecord,
} from './layouts/oral-statement-record.layout';
import {
  type PetitionNonAcceptanceData,
  renderPetitionNonAcceptance,
} from './layouts/petition-non-acceptance.layout';
import {
  type PetitionProposalData,
  renderPetitionProposal,
} from './layouts/petition-proposal.layout';
import {
  type PetitionTransferSlipData,
  renderPetitionTransferSlip,
} from './layouts/petition-transfer-slip.layout';
import { type PetitionUrgingData, renderPetitionUrging } from './layouts/petition-urging.layout';
import { renderReceptionBook } from './layouts/reception-book.layout';
import type { ReceptionBookMeta, ReceptionBookRow } from './layouts/reception-book-rows';
import {
  type ReceptionReceiptData,
  renderReceptionReceipt,
} from './layouts/reception-receipt.layout';
import {
  type ReceptionRefusalNoticeData,
  renderReceptionRefusalNotice,
} from './layouts/reception-refusal-notice.layout';
import {
  renderResolutionDocument,
  type ResolutionDocumentData,
} from './layouts/resolution-document.layout';
import { lenientRenderPolicy, type RenderPolicy, strictRenderPolicy } from './render-policy';
import { receptionBookXlsx } from './xlsx/reception-book.xlsx';

/**
 * Renders the standard documents to PDF (and the reception book to XLSX). Callers pass typed data
 * and decide which personal data it holds (see layouts/document-types.ts on denouncers).
 * Outside production a missing glyph or template value throws; in production it is logged
 * (code points and placeholder names only) and a visible stand-in is drawn.
 */
@Injectable()
export class DocumentRenderer {
  private readonly logger = new Logger(DocumentRenderer.name);
  private readonly policy: RenderPolicy;

  constructor(config: AppConfig) {
    this.policy =
      config.nodeEnv === 'production'
        ? lenientRenderPolicy((message) => this.logger.warn(message))
        : strictRenderPolicy;
  }

  receptionReceipt(data: ReceptionReceiptData): Promise<Buffer> {
    return renderReceptionReceipt(data, this.policy);
  }

  guidanceSlip(data: GuidanceSlipData): Promise<Buffer> {
    return renderGuidanceSlip(data, this.policy);
  }

  oralStatementRecord(data: OralStatementRecordData): Promise<Buffer> {
    return renderOralStatementRecord(data, this.policy);
  }

  receptionRefusalNotice(data: ReceptionRefusalNoticeData): Promise<Buffer> {
    return renderReceptionRefusalNotice(data, this.policy);
  }

  /** The notices, decisions, minutes and conclusions of the resolution proceedings. */
  resolutionDocument(data: ResolutionDocumentData): Promise<Buffer> {
    return renderResolutionDocument(data, this.policy);
  }

  petitionProposal(data: PetitionProposalData): Promise<Buffer> {
    return renderPetitionProposal(data, this.policy);
  }

  petitionTransferSlip(data: PetitionTransferSlipData): Promise<Buffer> {
    return renderPetitionTransferSlip(data, this.policy);
  }

  petitionUrging(data: PetitionUrgingData): Promise<Buffer> {
    return renderPetitionUrging(data, this.policy);
  }

  petitionNonAcceptance(data: PetitionNonAcceptanceData): Promise<Buffer> {
    return renderPetitionNonAcceptance(data, this.policy);
  }

  receptionBook(rows: readonly ReceptionBookRow[], meta: ReceptionBookMeta): Promise<Buffer> {
    return renderReceptionBook(rows, meta, this.policy);
  }

  receptionBookXlsx(rows: readonly ReceptionBookRow[], meta: ReceptionBookMeta): Promise<Buffer> {
    return receptionBookXlsx(rows, meta, this.policy);
  }
}
