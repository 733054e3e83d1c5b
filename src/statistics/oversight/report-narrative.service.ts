import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import type { ActionContext } from '../../auth/action-context';
import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { staleVersion, validationFailed } from '../../common/errors/common-errors';
import type { FieldError } from '../../common/errors/error-body';
import { oversightMessagesVi } from '../../common/i18n/oversight-report.vi';
import { messagesVi } from '../../common/i18n/messages.vi';
import { updateWithVersion } from '../../database/optimistic-update';
import { runInTransaction } from '../../database/transaction';
import { documentFonts } from '../../reports/pdf/fonts';
import { missingCodePoints } from '../../reports/pdf/glyph-guard';
import type { ReportPeriod } from '../domain/report-period';
import { ReportScopeService } from '../scope/report-scope.service';
import {
  compactSections,
  NARRATIVE_SECTION_KEYS,
  type OversightNarrative,
} from './domain/narrative-sections';
import type { NarrativeResponseDto } from './dto/narrative.response.dto';
import type { SaveNarrativeDto } from './dto/save-narrative.dto';
import type { StatisticsQueryDto } from '../summary/dto/statistics-query.dto';
import type { ReportNarrativeEntity } from './report-narrative.entity';
import { ReportNarrativeRepository } from './report-narrative.repository';

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** 400 naming every text the report font cannot print (it would be dropped or turn into "?"). */
function checkPrintable(dto: SaveNarrativeDto): void {
  const fonts = documentFonts();
  const texts: [string, string | undefined][] = [
    ...NARRATIVE_SECTION_KEYS.map(
      (k) => [`sections.${k}`, dto.sections[k]] as [string, string | undefined],
    ),
    ['signerName', dto.signerName],
    ['signerTitle', dto.signerTitle],
    ...(dto.recipients ?? []).map((r, i) => [`recipients.${i}`, r] as [string, string | undefined]),
  ];
  const errors: FieldError[] = [];
  for (const [field, text] of texts) {
    if (text === undefined) continue;
    const missing = new Set([
      ...missingCodePoints(text.normalize('NFC'), fonts.regular.font),
      ...missingCodePoints(text.normalize('NFC'), fonts.bold.font),
    ]);
    if (missing.size > 0) {
      const message = messagesVi.fieldMessage(
        field,
        oversightMessagesVi.unprintable([...missing].map(hex).join(', ')),
      );
      errors.push({ field, code: 'unprintable', message });
    }
  }
  if (errors.length > 0) throw validationFailed(errors);
}

const NOTHING_SAVED = {
  sections: {},
  signerName: null,
  signerTitle: null,
  documentNumber: null,
  recipients: [],
  version: 0,
  updatedAt: null,
} as const;

function toResponse(
  agencyId: string,
  period: ReportPeriod,
  row: ReportNarrativeEntity | null,
): NarrativeResponseDto {
  const head = {
    agencyId,
    period: { from: period.from, to: period.to, convention: period.convention },
  };
  if (!row) return { ...head, ...NOTHING_SAVED, recipients: [] };
  return {
    ...head,
    sections: row.sections,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    documentNumber: row.documentNumber,
    recipients: row.recipients,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The leader's saved texts of an oversight report: read, save (optimistic version, audited). */
@Injectable()
export class ReportNarrativeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly narratives: ReportNarrativeRepository,
    private readonly scopes: ReportScopeService,
    private readonly audit: AuditService,
  ) {}

  async get(
    viewer: AuthenticatedOfficer,
    query: StatisticsQueryDto,
  ): Promise<NarrativeResponseDto> {
    const scope = await this.scopes.resolve(viewer, query);
    const row = await this.narratives.find(scope.agency.id, scope.period);
    return toResponse(scope.agency.id, scope.period, row);
  }

  /** What the PDF prints: the saved texts, or none (placeholders). */
  async forReport(agencyId: string, period: ReportPeriod): Promise<OversightNarrative> {
    const row = await this.narratives.find(agencyId, period);
    if (!row) return { sections: {} };
    return {
      sections: row.sections,
      signerName: row.signerName ?? undefined,
      signerTitle: row.signerTitle ?? undefined,
      documentNumber: row.documentNumber ?? undefined,
      recipients: row.recipients,
    };
  }

  async save(
    ctx: ActionContext,
    viewer: AuthenticatedOfficer,
    dto: SaveNarrativeDto,
  ): Promise<NarrativeResponseDto> {
    const scope = await this.scopes.resolve(viewer, dto);
    checkPrintable(dto);
    const { agency, period } = scope;
    const values = {
      sections: compactSections(dto.sections),
      signerName: dto.signerName?.trim() || null,
      signerTitle: dto.signerTitle?.trim() || null,
      documentNumber: dto.documentNumber ?? null,
      recipients: (dto.recipients ?? []).map((r) => r.trim()).filter((r) => r !== ''),
      updatedBy: viewer.id,
    };
    const saved = await runInTransaction(this.dataSource, async (manager) => {
      const current = await this.narratives.lock(manager, agency.id, period);
      const expected = dto.version ?? 0;
      if ((current?.version ?? 0) !== expected) throw staleVersion(current?.version ?? 0);
      if (current) {
        await updateWithVersion(manager, {
          table: 'report_narrative',
          id: current.id,
          version: current.version,
          set: {
            sections: JSON.stringify(values.sections),
            signer_name: values.signerName,
            signer_title: values.signerTitle,
            document_number: values.documentNumber,
            recipients: JSON.stringify(values.recipients),
            updated_by: values.updatedBy,
          },
        });
      } else {
        await this.narratives.insert(manager, agency.id, period, values);
      }
      const row = await this.narratives.find(agency.id, period, manager);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'report_narrative.save',
        entityType: 'report_narrative',
        entityId: row!.id,
        agencyId: agency.id,
        requestId: ctx.requestId,
        data: {
          period: { from: period.from, to: period.to, convention: period.convention },
          version: row!.version,
          sections: Object.keys(values.sections),
        },
      });
      return row;
    });
    return toResponse(agency.id, period, saved);
  }
}
