import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { Clock } from '../common/time/clock';
import { runInTransaction } from '../database/transaction';
import { EnforcementType } from '../decisions/domain/recommended-measures';
import { AccessScopeService } from '../scope/access-scope.service';
import { completedOn } from './domain/decision-completion';
import { type EnforcementItem, ItemKind, itemKind, unitOf } from './domain/enforcement-item';
import type { ProgressEntry } from './domain/enforcement-progress';
import { itemCompletedOn, itemStatus } from './domain/item-status';
import { enforcementAppErrors } from './enforcement-app-errors';
import { EnforcementDecisionEntity } from './enforcement-decision.entity';
import { EnforcementItemEntity } from './enforcement-item.entity';
import { EnforcementProgressEntity } from './enforcement-progress.entity';
import { itemRow, progressRow } from './enforcement-writes';
import { EnforcementRepository } from './enforcement.repository';
import type { ImportEnforcementDto } from './dto/enforcement.dto';
import { alreadyTrackedErrors, decisionKey } from './import/duplicate-rows';
import { loadImportColumns } from './import/import-columns';
import { parseEnforcementImport } from './import/import-enforcement-file';
import type { RowError, ValidRow } from './import/import-table';

/** Rows per INSERT (≤ 20 parameters each, far below PostgreSQL's 65,535). */
const CHUNK = 500;

const IMPORTED_REF = 'Số liệu nhập từ tệp';
const IMPORTED_ACTION = 'Đã thực hiện trước khi dùng hệ thống (số liệu nhập)';

/** What was carried out before the import, as one progress entry (null when nothing was). */
function importedEntry(row: ValidRow): ProgressEntry | null {
  const { item, progress, decision } = row;
  const base = { id: randomUUID(), documentRef: IMPORTED_REF, note: row.note ?? undefined };
  const kind = itemKind(item.type);
  if (kind === ItemKind.Money || kind === ItemKind.Land) {
    if (progress.amountDone === null) return null;
    const on = progress.completedOn ?? decision.legalEffectOn;
    return { ...base, on, amount: progress.amountDone, unit: unitOf(item.type) };
  }
  if (!progress.complete || progress.completedOn === null) return null;
  const on = progress.completedOn;
  if (kind === ItemKind.Referral) {
    return {
      ...base,
      on,
      cases: progress.prosecutedCases ?? 0,
      persons: progress.prosecutedPersons ?? 0,
    };
  }
  if (item.type === EnforcementType.DisciplineOrg) {
    return { ...base, on, measure: IMPORTED_ACTION, collectives: item.required.collectives ?? 1 };
  }
  if (item.type === EnforcementType.DisciplinePerson) {
    const persons = item.required.persons ?? 1;
    return {
      ...base,
      on,
      measure: IMPORTED_ACTION,
      persons,
      officials: item.required.officials ?? 0,
    };
  }
  return { ...base, on, action: IMPORTED_ACTION };
}

async function insertChunks<T>(insert: (rows: T[]) => Promise<unknown>, rows: readonly T[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Import of decisions already in force before the system (issue 8): parse and check every row
 * (pure, src/enforcement/import), check issuers against the agencies in the importer's scope,
 * then write all rows in one transaction, or none and answer 400 with the per-row report.
 */
@Injectable()
export class EnforcementImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EnforcementRepository,
    private readonly audit: AuditService,
    private readonly scope: AccessScopeService,
    private readonly clock: Clock,
  ) {}

  async import(ctx: ActionContext, dto: ImportEnforcementDto) {
    const actor = ctx.actor;
    if (!actor) throw new Error('An import is made by an officer');
    const bytes = Buffer.from(dto.contentBase64, 'base64');
    if (bytes.length === 0) {
      throw enforcementAppErrors.importFile('Tệp rỗng hoặc không phải base64');
    }
    const today = this.clock.today();
    const parsed = await parseEnforcementImport(bytes, dto.format, { today });
    const visible = await this.scope.agencyIdsFor(actor);
    return runInTransaction(this.dataSource, async (manager) => {
      // Imports queue: two imports of one file at once would both pass the duplicate check.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('enforcement.import'))`);
      const codes = [...new Set(parsed.rows.map((r) => r.decision.issuerCode))];
      const agencies = await this.repository.agenciesByCode(manager, codes);
      const issuerHeader =
        loadImportColumns().columns.find((c) => c.key === 'issuerCode')?.header ?? 'issuerCode';
      const errors: RowError[] = [...parsed.errors];
      for (const r of parsed.rows) {
        const agencyId = agencies.get(r.decision.issuerCode);
        if (agencyId === undefined || (visible !== null && !visible.includes(agencyId))) {
          errors.push({
            row: r.row,
            field: issuerHeader,
            code: 'unknownAgency',
            message: 'Không có cơ quan mang mã này trong phạm vi của cán bộ nhập',
          });
        }
      }
      const numberHeader =
        loadImportColumns().columns.find((c) => c.key === 'decisionNumber')?.header ??
        'decisionNumber';
      const stored = await this.repository.trackedDecisionKeys(
        manager,
        [...new Set(agencies.values())],
        [...new Set(parsed.rows.map((r) => r.decision.number))],
      );
      errors.push(
        ...alreadyTrackedErrors(parsed.rows, (code) => agencies.get(code), stored, numberHeader),
      );
      if (errors.length > 0) {
        throw enforcementAppErrors.importInvalid(errors.sort((a, b) => a.row - b.row));
      }
      const groups = new Map<string, ValidRow[]>();
      for (const r of parsed.rows) {
        const key = decisionKey(r.decision);
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      const decisions: Partial<EnforcementDecisionEntity>[] = [];
      const items: Partial<EnforcementItemEntity>[] = [];
      const entries: Partial<EnforcementProgressEntity>[] = [];
      let completedDecisions = 0;
      for (const rows of groups.values()) {
        const first = rows[0]!.decision;
        const agencyId = agencies.get(first.issuerCode)!;
        const enforcementDecisionId = randomUUID();
        const tracked = rows.map((r, position) => {
          const id = randomUUID();
          const row = itemRow(
            { id, enforcementDecisionId, agencyId, measureId: null },
            position,
            { type: r.item.type, ...r.item.required },
            { responsibleBody: r.item.responsibleBody, dueOn: r.item.dueOn },
          );
          const item: EnforcementItem = { id, type: r.item.type, required: r.item.required };
          const entry = importedEntry(r);
          const progress = entry ? [entry] : [];
          if (entry) entries.push(progressRow(r.item.type, id, entry, actor.id));
          items.push({
            ...row,
            status: itemStatus(item, progress),
            completedOn: itemCompletedOn(item, progress),
          });
          return { item, progress };
        });
        const done = completedOn(tracked);
        if (done !== null) completedDecisions += 1;
        decisions.push({
          id: enforcementDecisionId,
          agencyId,
          decisionId: null,
          kind: first.kind,
          source: 'import',
          numberSymbol: first.number,
          issuedOn: first.issuedOn,
          legalEffectOn: first.legalEffectOn,
          enforcementStartedOn: today,
          completedOn: done,
          createdBy: actor.id,
        });
      }
      await insertChunks((rows) => manager.insert(EnforcementDecisionEntity, rows), decisions);
      await insertChunks((rows) => manager.insert(EnforcementItemEntity, rows), items);
      await insertChunks((rows) => manager.insert(EnforcementProgressEntity, rows), entries);
      const summary = {
        rows: parsed.rows.length,
        decisions: decisions.length,
        items: items.length,
        completedDecisions,
      };
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'enforcement.import',
        entityType: 'enforcement_decision',
        entityId: decisions[0]?.id ?? actor.id,
        agencyId: actor.agencyId,
        requestId: ctx.requestId,
        data: { ...summary, format: dto.format },
      });
      return { ...summary, decisionIds: decisions.map((d) => d.id) };
    });
  }
}
