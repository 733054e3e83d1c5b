import { caseFieldLabelsVi, contentTypeLabelsVi } from '../../common/i18n/case-messages.vi';
import { receptionDocumentTextsVi as texts } from '../../common/i18n/reception-messages.vi';
import { refusalGroundLabelsVi } from '../../common/i18n/reception-labels.vi';
import { LEGAL_TIME_ZONE } from '../../common/time/clock';
import { ContentType } from '../../cases/domain/case-enums';
import type {
  DocumentIssuer,
  GuidanceSlipData,
  OralStatementRecordData,
  ReceivedDocument,
  ReceptionReceiptData,
  ReceptionRefusalNoticeData,
  RefusalGround as DocumentRefusalGround,
  Signer,
  StatementKind,
} from '../../reports';
import { RefusalGround } from '../domain/reception-enums';
import type { VisitRow } from '../visit-row.sql';
import type { CitizenView } from './citizen-view';

/** What every visit document is drawn from; `citizen` is already the name or the pseudonym. */
export interface VisitDocumentInput {
  visit: VisitRow;
  issuer: DocumentIssuer;
  citizen: CitizenView;
  receptionPlace: string;
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: LEGAL_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The local (Việt Nam) clock time of an instant, 'HH:mm'. */
export const clockTimeOf = (instant: Date): string => clock.format(new Date(instant));

const officerOf = (v: VisitRow) => ({ name: v.receivingOfficerName, title: texts.officerTitle });

/** The presiding head signs when there is one; otherwise a blank signature for the head. */
function signerOf(v: VisitRow): Signer {
  if (v.presidingHeadName === null) return { title: texts.signerTitle, name: '' };
  const title = (v.presidingHeadTitle ?? texts.signerTitle).toLocaleUpperCase('vi');
  return { title, name: v.presidingHeadName };
}

const citizenRef = (c: CitizenView) => ({
  displayName: c.displayName,
  ...(c.address ? { address: c.address } : {}),
});

/** The documents the visit recorded; a visit that recorded none keeps the one generic line. */
function receivedDocuments(v: VisitRow): ReceivedDocument[] {
  if (v.handedOverDocuments.length > 0) {
    return v.handedOverDocuments.map((doc) => ({
      title: doc.title,
      ...(doc.pages !== null ? { pages: doc.pages } : {}),
      ...(doc.copies !== null ? { copies: doc.copies } : {}),
      ...(doc.original !== null ? { original: doc.original } : {}),
      ...(doc.note !== null ? { note: doc.note } : {}),
    }));
  }
  const handedOver =
    v.petitionBookNo !== null && v.petitionBookYear !== null
      ? texts.petitionDocument(
          contentTypeLabelsVi[v.contentType],
          v.petitionBookNo,
          v.petitionBookYear,
        )
      : texts.providedDocuments;
  return [{ title: handedOver, copies: 1 }];
}

export function receiptData(d: VisitDocumentInput): ReceptionReceiptData {
  const v = d.visit;
  return {
    issuer: d.issuer,
    issuedOn: v.visitOn,
    receivedAt: clockTimeOf(v.receivedAt),
    receptionPlace: d.receptionPlace,
    citizen: citizenRef(d.citizen),
    documents: receivedDocuments(v),
    receivedBy: officerOf(v),
  };
}

export function guidanceSlipData(d: VisitDocumentInput): GuidanceSlipData {
  const v = d.visit;
  const body = v.guidedTo ?? '';
  return {
    issuer: d.issuer,
    issuedOn: v.visitOn,
    citizen: citizenRef(d.citizen),
    channel: 'in_person',
    receivedOn: v.visitOn,
    content: v.summary,
    competentBody: { name: body },
    reason: v.guidanceReason ?? texts.guidanceReason(body),
    signer: signerOf(v),
  };
}

const STATEMENT_KIND: Readonly<Record<ContentType, StatementKind>> = {
  [ContentType.Complaint]: 'complaint',
  [ContentType.Denunciation]: 'denunciation',
  [ContentType.Petition]: 'petition',
  [ContentType.Feedback]: 'petition',
  [ContentType.Mixed]: 'complaint',
};

export function oralStatementData(d: VisitDocumentInput): OralStatementRecordData {
  const v = d.visit;
  const c = d.citizen;
  return {
    issuer: d.issuer,
    issuedOn: v.visitOn,
    kind: STATEMENT_KIND[v.contentType],
    startedAt: clockTimeOf(v.receivedAt),
    receptionPlace: d.receptionPlace,
    receivingOfficer: officerOf(v),
    person: {
      fullName: c.displayName,
      ...(c.identityDocument ? { identityDocument: c.identityDocument } : {}),
      ...(c.address ? { address: c.address } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
    },
    content: `${caseFieldLabelsVi[v.field]}: ${v.summary}`,
  };
}

const DOCUMENT_GROUND: Readonly<Record<RefusalGround, DocumentRefusalGround>> = {
  [RefusalGround.Incapacitated]: 'incapacitated',
  [RefusalGround.ThreateningOrDisruptive]: 'disorderly',
  [RefusalGround.RepeatedResolvedMatter]: 'persistent_resolved',
  [RefusalGround.Other]: 'other',
};

/** The leading number of a notice number such as "12/TB-TTTP". */
const noticeSerial = (no: string | null) => (no && /^\d+/.test(no) ? parseInt(no, 10) : undefined);

export function refusalNoticeData(d: VisitDocumentInput): ReceptionRefusalNoticeData {
  const v = d.visit;
  const ground = v.refusalGround ?? RefusalGround.Other;
  const serial = noticeSerial(v.refusalNoticeNo);
  const prior = v.earlierHandlingBody
    ? texts.earlierHandling(v.earlierHandlingBody, v.earlierDecisionNo)
    : undefined;
  return {
    issuer: d.issuer,
    ...(serial !== undefined ? { number: serial } : {}),
    issuedOn: v.refusalNoticeOn ?? v.visitOn,
    citizen: citizenRef(d.citizen),
    ground: DOCUMENT_GROUND[ground],
    ...(ground === RefusalGround.Other ? { otherGround: refusalGroundLabelsVi.other } : {}),
    matter: v.summary,
    ...(prior ? { priorHandling: prior } : {}),
    signer: signerOf(v),
  };
}
