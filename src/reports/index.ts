/** The public surface of src/reports for other modules. */
export { DocumentRenderer } from './document-renderer';
export type {
  CitizenRef,
  ClockTime,
  DocumentIssuer,
  IdentityDocument,
  IssuedDocumentData,
  LocalDate,
  Officer,
  Signer,
} from './layouts/document-types';
export type { GuidanceSlipData } from './layouts/guidance-slip.layout';
export type { PetitionNonAcceptanceData } from './layouts/petition-non-acceptance.layout';
export type { PetitionLetterData, PetitionRef } from './layouts/petition-letter';
export type { PetitionProposalData } from './layouts/petition-proposal.layout';
export type { PetitionTransferSlipData } from './layouts/petition-transfer-slip.layout';
export type { PetitionUrgingData } from './layouts/petition-urging.layout';
export type {
  OralStatementRecordData,
  StatementKind,
} from './layouts/oral-statement-record.layout';
export type {
  BookVisitor,
  ReceptionBookMeta,
  ReceptionBookRow,
} from './layouts/reception-book-rows';
export type { ReceivedDocument, ReceptionReceiptData } from './layouts/reception-receipt.layout';
export type {
  ReceptionRefusalNoticeData,
  RefusalGround,
} from './layouts/reception-refusal-notice.layout';
export type {
  ResolutionDocumentData,
  ResolutionSection,
  ResolutionTemplate,
} from './layouts/resolution-document.layout';
export { formatShortDate } from './format/administrative-date';
export { administrativePlaceOf, type PlaceUnit } from './format/administrative-place';
export { type LocalAuthorities, localAuthoritiesOf } from './format/local-authorities';
export { formatArea, formatVnd } from './format/vi-number';
export { ReportsModule } from './reports.module';
