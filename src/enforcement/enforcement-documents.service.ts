import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Clock } from '../common/time/clock';
import { DecisionKind } from '../decisions/domain/decision-outcome';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import {
  DocumentRenderer,
  formatArea,
  formatShortDate,
  formatVnd,
  type ResolutionSection,
  type Signer,
} from '../reports';
import { documentTemplate, type DocumentTemplate } from '../reports/templates/document-template';
import { ItemKind, itemKind } from './domain/enforcement-item';
import { enforcementAppErrors } from './enforcement-app-errors';
import type { EnforcementDecisionView, EnforcementItemView } from './enforcement.mapper';
import { EnforcementService } from './enforcement.service';

export enum EnforcementDocumentKind {
  UrgingLetter = 'urging-letter',
  OrganisingDecision = 'organising-decision',
}

const TEMPLATES = {
  [EnforcementDocumentKind.UrgingLetter]: 'enforcement-urging-letter',
  [EnforcementDocumentKind.OrganisingDecision]: 'enforcement-organising-decision',
} as const;

/** Signer of an imported decision's documents: the head of the issuing body, name left blank. */
const DEFAULT_SIGNER: Signer = { title: 'THỦ TRƯỞNG CƠ QUAN', name: '' };

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The documents of enforcement (NĐ 30/2020 layout, templates/documents/enforcement-*.vi.json):
 * the urging letter (văn bản đôn đốc) listing the outstanding items, and the decision organising
 * the enforcement of a complaint decision. They name no complainant or denouncer: only the
 * decision, its items and the responsible bodies (Luật Tố cáo 2018 Điều 47).
 */
@Injectable()
export class EnforcementDocumentsService {
  constructor(
    private readonly enforcement: EnforcementService,
    private readonly issuers: DocumentIssuerService,
    private readonly renderer: DocumentRenderer,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async render(
    viewer: AuthenticatedOfficer,
    id: string,
    kind: EnforcementDocumentKind,
  ): Promise<StreamableFile> {
    const view = await this.enforcement.get(viewer, id);
    const organising = kind === EnforcementDocumentKind.OrganisingDecision;
    if (organising && view.kind === DecisionKind.DenunciationConclusion) {
      throw enforcementAppErrors.notComplaintDecision(id);
    }
    const template = documentTemplate(TEMPLATES[kind]);
    const { issuer } = await this.issuers.issuerFor(view.agencyId);
    const today = this.clock.today();
    const items = organising ? view.items : view.items.filter((i) => i.completedOn === null);
    const { values, bodies } = valuesOf(template, view, items, {
      issuer: issuer.nameInText ?? issuer.name,
      today,
    });
    const body = values.body;
    const itemSections = items.map((item) => itemSection(template, item));
    const common = { issuer, issuedOn: today, values, signer: await this.signerOf(view) };
    const pdf = await this.renderer.resolutionDocument(
      organising
        ? {
            ...common,
            template: TEMPLATES[kind],
            sections: [{ entry: 'consider' }],
            articles: [
              { entry: 'organise' },
              ...itemSections,
              { entry: 'responsibility' },
              { entry: 'effect' },
            ],
            recipients: ['responsible', 'inspectorate'],
          }
        : {
            ...common,
            template: TEMPLATES[kind],
            addressees: bodies.length > 0 ? bodies : [capitalise(body)],
            sections: [{ entry: 'decision' }, ...itemSections, { entry: 'urge' }],
            recipients: ['addressee', 'leader'],
          },
    );
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="enforcement-${kind}.pdf"`,
    });
  }

  /** The signer of the system decision (the head who resolved it); imported ones: blank name. */
  private async signerOf(view: EnforcementDecisionView): Promise<Signer> {
    if (view.decisionId === null) return DEFAULT_SIGNER;
    const rows = await this.dataSource.query<{ name: string; title: string }[]>(
      'SELECT signer_name AS name, signer_title AS title FROM decision WHERE id = $1',
      [view.decisionId],
    );
    return rows[0] ?? DEFAULT_SIGNER;
  }
}

/** The placeholder values shared by the paragraphs, and the responsible bodies named. */
function valuesOf(
  template: DocumentTemplate,
  view: EnforcementDecisionView,
  items: readonly EnforcementItemView[],
  at: { issuer: string; today: string },
) {
  const denunciation = view.kind === DecisionKind.DenunciationConclusion;
  const documentName = template.entry('documentNames', denunciation ? 'denunciation' : 'complaint');
  const bodies = [...new Set(items.flatMap((i) => (i.responsibleBody ? [i.responsibleBody] : [])))];
  const values = {
    issuer: at.issuer,
    decisionNo: view.numberSymbol,
    decisionIssuedOn: formatShortDate(view.issuedOn),
    legalEffectOn: view.legalEffectOn ? formatShortDate(view.legalEffectOn) : '',
    today: formatShortDate(at.today),
    documentName,
    documentNameCap: capitalise(documentName),
    body: bodies.length > 0 ? bodies.join(', ') : template.text('defaultBody'),
  };
  return { values, bodies };
}

/** One item as a line: required / done / outstanding amounts in Vietnamese, or the action. */
function itemSection(template: DocumentTemplate, item: EnforcementItemView): ResolutionSection {
  const kind = itemKind(item.type);
  const responsible = item.responsibleBody
    ? template.text('responsible').replace('{{body}}', item.responsibleBody)
    : '';
  const common = {
    position: String(item.position + 1),
    type: template.entry('types', item.type),
    responsible,
  };
  if (kind === ItemKind.Money || kind === ItemKind.Land) {
    const format = (v: string | null | undefined) =>
      kind === ItemKind.Money ? formatVnd(v ?? '0') : formatArea(v ?? '0', { decimals: 2 });
    const required = kind === ItemKind.Money ? item.required.amount : item.required.area;
    return {
      entry: 'itemQuantity',
      values: {
        ...common,
        required: format(required),
        done: format(item.achieved),
        outstanding: format(item.outstanding),
      },
    };
  }
  const detail = item.required.description ? `${item.required.description}; ` : '';
  return { entry: 'itemAction', values: { ...common, detail } };
}
