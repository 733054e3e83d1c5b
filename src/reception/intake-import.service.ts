import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { CaseImportService, type LockedCase } from '../cases/case-import.service';
import { inItem, inItemAsync } from '../common/errors/prefixed-error';
import { Clock, localDateOf } from '../common/time/clock';
import { runInTransaction } from '../database/transaction';
import { PersonImportService } from '../persons/person-import.service';
import { PersonsService } from '../persons/persons.service';
import { throwIfViolated as throwIfPetitionViolated } from '../petitions/domain/petition-errors';
import { checkRegistration } from '../petitions/domain/registration-rules';
import { PetitionRegistrationService } from '../petitions/petition-registration.service';
import { registrationFacts } from '../petitions/registration-columns';
import { AccessScopeService } from '../scope/access-scope.service';
import {
  ReceptionErrorCode as E,
  receptionError,
  throwIfViolated,
  violation,
} from './domain/reception-errors';
import { checkVisit } from './domain/visit-rules';
import {
  type ImportedIntake,
  type IntakeBatch,
  type IntakeWork as Work,
  petitionNumbers,
  planIntake,
  visitNumbers,
} from './intake-import.plan';
import { IntakeBatchWriter } from './intake-batch.writer';
import { requireActor } from './require-actor';
import { visitFactsOf } from './visit-facts';
import type { VisitToImport } from './visit-import.writer';
import { VisitIntakeService } from './visit-intake.service';

/**
 * Recording one desk's visits and petitions at once — the import of historical reception books
 * and petition registers (DESIGN §10 P8), and the demo's intake. The records are checked by the
 * rules of POST /reception/visits and POST /petitions, in ONE transaction (nothing is written if
 * one is refused; the error names `visits.N.…` or `petitions.N.…`), and get the rows those
 * services write: persons, cases, book numbers, petitions with their deadlines and history,
 * visits, links and audit rows. Records of the common shapes (planIntake) are written a table at
 * a time; the others go through VisitIntakeService and PetitionRegistrationService one by one,
 * after them. Lock order (docs/architecture.md): the cases cited by the batch's visits first,
 * then the case, petition and visit books.
 */
@Injectable()
export class IntakeImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AccessScopeService,
    private readonly clock: Clock,
    private readonly persons: PersonsService,
    private readonly personImport: PersonImportService,
    private readonly caseImport: CaseImportService,
    private readonly writer: IntakeBatchWriter,
    private readonly visitIntake: VisitIntakeService,
    private readonly registration: PetitionRegistrationService,
  ) {}

  async importBatch(ctx: ActionContext, batch: IntakeBatch): Promise<ImportedIntake> {
    const actor = requireActor(ctx);
    const now = this.clock.now();
    const today = this.clock.today();
    const times = batch.visits.map((dto, i) =>
      inItem(`visits.${i}`, () => {
        const receivedAt = new Date(dto.receivedAt);
        const visitOn = localDateOf(receivedAt);
        throwIfViolated(checkVisit(visitFactsOf(dto, { receivedAt, visitOn, now })));
        return { receivedAt, visitOn };
      }),
    );
    batch.petitions.forEach((dto, i) =>
      inItem(`petitions.${i}`, () =>
        throwIfPetitionViolated(checkRegistration(registrationFacts(dto, today))),
      ),
    );
    return runInTransaction(this.dataSource, (manager) =>
      this.write(manager, { ctx, actor, batch, times }),
    );
  }

  private async write(
    manager: EntityManager,
    w: Pick<Work, 'ctx' | 'actor' | 'batch' | 'times'>,
  ): Promise<ImportedIntake> {
    const cited = w.batch.visits.flatMap((v) => (v.caseId ? [v.caseId] : []));
    const locked = await this.caseImport.lockMany(manager, cited);
    const work = await this.plan(manager, w);
    await this.checkCited(manager, work, locked);
    await this.writer.registerPersons(manager, work);
    const caseIds = await this.writer.cases(manager, work);
    const visitIds = new Map(work.bulkVisits.map((i) => [i, randomUUID()]));
    const petitionIds = await this.writer.petitions(manager, work, caseIds, visitIds);
    const isFirstTime = await this.writer.firstTimes(manager, work, caseIds);
    await this.writer.visits(
      manager,
      work.ctx,
      work.bulkVisits.map((i): VisitToImport => ({
        id: visitIds.get(i)!,
        dto: work.batch.visits[i]!,
        ...work.times[i]!,
        caseId: caseIds.visits.get(i)!,
        isFirstTime: isFirstTime.get(i)!,
        petitionId: petitionIds.visits.get(i) ?? null,
        personIds: work.visitPersons.get(i)!,
      })),
    );
    const result: ImportedIntake = {
      visits: w.batch.visits.map((_, i) => ({
        id: visitIds.get(i) ?? '',
        caseId: caseIds.visits.get(i) ?? '',
        personIds: work.visitPersons.get(i) ?? [],
        petitionId: petitionIds.visits.get(i) ?? null,
      })),
      petitions: w.batch.petitions.map((_, i) => ({
        id: petitionIds.petitions.get(i) ?? '',
        caseId: caseIds.petitions.get(i) ?? '',
        personIds: work.petitionPersons.get(i) ?? [],
      })),
    };
    await this.throughServices(work, result);
    return result;
  }

  /** planIntake, then the records typing an ID number already registered in scope go one by one. */
  private async plan(manager: EntityManager, w: Pick<Work, 'ctx' | 'actor' | 'batch' | 'times'>) {
    const plan = planIntake(w.batch);
    const numbers = [
      ...w.batch.visits.flatMap((v, i) => (plan.visits[i] ? visitNumbers(v) : [])),
      ...w.batch.petitions.flatMap((p, i) => (plan.petitions[i] ? petitionNumbers(p) : [])),
    ];
    const known = await this.personImport.registeredNumbers(manager, w.ctx, numbers);
    const unknownOnly = (numbers: string[]) => numbers.every((n) => !known.has(n));
    const bulkVisits = w.batch.visits.flatMap((v, i) =>
      plan.visits[i] && unknownOnly(visitNumbers(v)) ? [i] : [],
    );
    const bulkPetitions = w.batch.petitions.flatMap((p, i) =>
      plan.petitions[i] && unknownOnly(petitionNumbers(p)) ? [i] : [],
    );
    const visitPersons = new Map<number, string[]>();
    const petitionPersons = new Map<number, string[]>();
    return { ...w, bulkVisits, bulkPetitions, visitPersons, petitionPersons };
  }

  /** The batch path's visits: their case in scope and open, their persons by id in scope. */
  private async checkCited(manager: EntityManager, work: Work, locked: readonly LockedCase[]) {
    const scope = await this.scope.agencyIdsFor(work.actor);
    const cases = new Map(locked.map((c) => [c.id, c]));
    const personIds = work.bulkVisits.flatMap((i) =>
      work.batch.visits[i]!.visitors.flatMap((v) => (v.personId ? [v.personId] : [])),
    );
    const visible = await this.persons.visibleAmong(manager, work.ctx, personIds);
    for (const i of work.bulkVisits) {
      const dto = work.batch.visits[i]!;
      inItem(`visits.${i}`, () => {
        if (dto.caseId) checkCase(cases.get(dto.caseId), scope);
        dto.visitors.forEach((v, j) => {
          if (v.personId && !visible.has(v.personId)) {
            throw receptionError(
              violation(E.VisitorsInvalid, `visitors.${j}.personId`, 'visitorUnknown'),
            );
          }
        });
      });
    }
  }

  /** The other records, one by one through the services, in the same transaction. */
  private async throughServices(work: Work, result: ImportedIntake): Promise<void> {
    const bulkVisits = new Set(work.bulkVisits);
    const bulkPetitions = new Set(work.bulkPetitions);
    for (const [i, dto] of work.batch.visits.entries()) {
      if (bulkVisits.has(i)) continue;
      const r = await inItemAsync(`visits.${i}`, () => this.visitIntake.record(work.ctx, dto));
      result.visits[i] = {
        id: r.id,
        caseId: r.case.id,
        personIds: r.visitors.map((v) => v.id),
        petitionId: r.petition?.id ?? null,
      };
    }
    for (const [i, dto] of work.batch.petitions.entries()) {
      if (bulkPetitions.has(i)) continue;
      const r = await inItemAsync(`petitions.${i}`, () =>
        this.registration.register(work.ctx, dto),
      );
      result.petitions[i] = {
        id: r.id,
        caseId: r.case.id,
        personIds: r.signatories.map((s) => s.id),
      };
    }
  }
}

function checkCase(found: LockedCase | undefined, scope: readonly string[] | null): void {
  if (!found || (scope !== null && !scope.includes(found.agencyId))) {
    throw receptionError(violation(E.CaseInvalid, 'caseId', 'caseUnknown'));
  }
  if (found.mergedIntoId !== null) {
    throw receptionError(violation(E.CaseInvalid, 'caseId', 'caseMerged'));
  }
}

export type { ImportedIntake, IntakeBatch };
