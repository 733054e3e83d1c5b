import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { insertRows } from '../database/bulk-insert';
import { numberRecords } from '../database/record-number';
import { CasePersonEntity } from './case-person.entity';
import { CaseEntity } from './case.entity';
import { newCaseOf, type OpenCaseInput } from './cases.service';
import { formatCaseCode, yearOfLocalDate } from './domain/case-code';

/** A case a batch cites, as locked for it. */
export interface LockedCase {
  id: string;
  agencyId: string;
  mergedIntoId: string | null;
}

/**
 * Cases for an import batch (DESIGN §10 P8), in the caller's transaction: the rows, codes and audit
 * rows CasesService.open writes one by one, in a few statements for the whole batch.
 */
@Injectable()
export class CaseImportService {
  constructor(private readonly audit: AuditService) {}

  /**
   * Opens the cases in list order: each year's codes are consecutive in the agency's case book
   * (nextRecordNumbers), in the order given. Returns id and code per input.
   */
  async openMany(
    manager: EntityManager,
    ctx: ActionContext,
    inputs: readonly OpenCaseInput[],
  ): Promise<{ id: string; code: string }[]> {
    if (inputs.length === 0) return [];
    const createdBy = ctx.actor?.id;
    if (!createdBy) throw new Error('A case is opened by an officer');
    const codes = await this.codesFor(manager, inputs);
    const rows = inputs.map((input, i) => ({
      id: randomUUID(),
      ...newCaseOf(input, codes[i]!, createdBy),
    }));
    await insertRows(manager, CaseEntity, rows);
    const members = rows.flatMap((row, i) =>
      [...new Set(inputs[i]!.personIds)].map((personId) => ({ caseId: row.id, personId })),
    );
    await insertRows(manager, CasePersonEntity, members);
    await this.audit.recordMany(
      manager,
      rows.map((row) => ({
        actorId: createdBy,
        action: 'case.open',
        entityType: 'case',
        entityId: row.id,
        agencyId: row.agencyId,
        requestId: ctx.requestId,
        data: { code: row.code, contentType: row.contentType },
      })),
    );
    return rows.map(({ id, code }) => ({ id, code }));
  }

  /** The cited cases, locked (FOR NO KEY UPDATE, in id order) until the transaction ends. */
  lockMany(manager: EntityManager, ids: readonly string[]): Promise<LockedCase[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.query<LockedCase[]>(
      `SELECT id, agency_id AS "agencyId", merged_into_id AS "mergedIntoId"
         FROM "case" WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`,
      [[...new Set(ids)]],
    );
  }

  /** Adds persons to cases (CasesService.addPersons: those already in are kept once). */
  async addPersonsMany(
    manager: EntityManager,
    members: readonly { caseId: string; personId: string }[],
  ): Promise<void> {
    if (members.length === 0) return;
    await manager.query(
      `INSERT INTO case_person (case_id, person_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
      [members.map((m) => m.caseId), members.map((m) => m.personId)],
    );
  }

  /** The codes of the inputs: per (agency, year) one range of the case book, first come first. */
  private async codesFor(manager: EntityManager, inputs: readonly OpenCaseInput[]) {
    const yearOf = (input: OpenCaseInput) => yearOfLocalDate(input.openedOn);
    const numbers = await numberRecords(manager, 'case', inputs, (input) => ({
      agencyId: input.agencyId,
      year: yearOf(input),
    }));
    return inputs.map((input, i) => formatCaseCode(yearOf(input), numbers[i]!));
  }
}
