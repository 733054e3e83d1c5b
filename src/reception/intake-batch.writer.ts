import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { CaseImportService } from '../cases/case-import.service';
import type { OpenCaseInput } from '../cases/cases.service';
import type { ContentType } from '../cases/domain/case-enums';
import { inItem } from '../common/errors/prefixed-error';
import { PersonKind } from '../persons/domain/person-enums';
import { type PersonToRegister, PersonImportService } from '../persons/person-import.service';
import { type PetitionToImport, PetitionImportService } from '../petitions/petition-import.service';
import { VisitOutcome } from './domain/reception-enums';
import { throwIfViolated } from './domain/reception-errors';
import { checkDistinctVisitors } from './domain/visitors';
import type { CreateVisitDto } from './dto/create-visit.dto';
import type { IntakeWork } from './intake-import.plan';
import { type VisitToImport, VisitImportWriter } from './visit-import.writer';

type Work = IntakeWork;

/**
 * The batch path of IntakeImportService: the persons, cases, petitions and visits of the records
 * planIntake lets it write, each kind in a few statements for the whole batch, in the order the
 * services take their locks (cases, then the case, petition and visit books).
 */
@Injectable()
export class IntakeBatchWriter {
  constructor(
    private readonly personImport: PersonImportService,
    private readonly caseImport: CaseImportService,
    private readonly petitionImport: PetitionImportService,
    private readonly visitWriter: VisitImportWriter,
  ) {}

  /** New visitors and signatories, registered together; each record's person ids in list order. */
  async registerPersons(manager: EntityManager, work: Work): Promise<void> {
    const toRegister: PersonToRegister[] = [];
    const slots: { target: string[]; at: number }[] = [];
    const collect = (
      people: readonly { identity?: object; kind?: PersonKind; personId?: string }[],
      prefix: string,
    ) => {
      const ids: string[] = [];
      people.forEach((p, j) => {
        if (p.personId) {
          ids.push(p.personId);
          return;
        }
        slots.push({ target: ids, at: j });
        ids.push('');
        const identity = p.identity as PersonToRegister['input'];
        const input = { ...identity, kind: p.kind ?? PersonKind.Citizen };
        toRegister.push({ input, fieldPrefix: `${prefix}.${j}.identity` });
      });
      return ids;
    };
    for (const i of work.bulkVisits) {
      work.visitPersons.set(i, collect(work.batch.visits[i]!.visitors, `visits.${i}.visitors`));
    }
    for (const i of work.bulkPetitions) {
      const signatories = work.batch.petitions[i]!.signatories ?? [];
      work.petitionPersons.set(i, collect(signatories, `petitions.${i}.signatories`));
    }
    const registered = await this.personImport.registerMany(manager, work.ctx, toRegister);
    slots.forEach((slot, k) => (slot.target[slot.at] = registered[k]!.id));
    for (const i of work.bulkVisits) {
      inItem(`visits.${i}`, () =>
        throwIfViolated(checkDistinctVisitors(work.visitPersons.get(i)!)),
      );
    }
  }

  /** Each record's case: cited (the visit's persons join it) or opened, in the batch's order. */
  async cases(manager: EntityManager, work: Work) {
    const visits = new Map<number, string>();
    const petitions = new Map<number, string>();
    const opening: { input: OpenCaseInput; set: (id: string) => void }[] = [];
    const joining: { caseId: string; personId: string }[] = [];
    for (const i of work.bulkVisits) {
      const dto = work.batch.visits[i]!;
      const personIds = work.visitPersons.get(i)!;
      if (dto.caseId) {
        visits.set(i, dto.caseId);
        personIds.forEach((personId) => joining.push({ caseId: dto.caseId!, personId }));
        continue;
      }
      const input = caseInput(
        work.actor,
        { ...dto, contentType: dto.contentType },
        work.times[i]!.visitOn,
        personIds,
      );
      opening.push({ input, set: (id) => visits.set(i, id) });
    }
    for (const i of work.bulkPetitions) {
      const dto = work.batch.petitions[i]!;
      const input = caseInput(
        work.actor,
        { ...dto, contentType: dto.type },
        dto.receivedOn,
        work.petitionPersons.get(i)!,
      );
      opening.push({ input, set: (id) => petitions.set(i, id) });
    }
    await this.caseImport.addPersonsMany(manager, joining);
    const opened = await this.caseImport.openMany(
      manager,
      work.ctx,
      opening.map((o) => o.input),
    );
    opening.forEach((o, k) => o.set(opened[k]!.id));
    return { visits, petitions };
  }

  /** The batch path's petitions and the petitions its visits received for handling, by date. */
  async petitions(
    manager: EntityManager,
    work: Work,
    caseIds: { visits: Map<number, string>; petitions: Map<number, string> },
    visitIds: Map<number, string>,
  ) {
    const items: { on: string; item: PetitionToImport; set: (id: string) => void }[] = [];
    const visits = new Map<number, string>();
    const petitions = new Map<number, string>();
    for (const i of work.bulkPetitions) {
      const dto = work.batch.petitions[i]!;
      const signatoryIds = work.petitionPersons.get(i)!;
      const item = {
        kind: 'register' as const,
        dto,
        caseId: caseIds.petitions.get(i)!,
        signatoryIds,
        dateField: `petitions.${i}.receivedOn`,
      };
      items.push({ on: dto.receivedOn, item, set: (id) => petitions.set(i, id) });
    }
    for (const i of work.bulkVisits) {
      const dto = work.batch.visits[i]!;
      if (dto.outcome !== VisitOutcome.ReceivedForHandling) continue;
      const receivedOn = work.times[i]!.visitOn;
      const input = {
        agencyId: work.actor.agencyId,
        visitId: visitIds.get(i)!,
        receivedOn,
        type: dto.contentType,
        field: dto.field,
        summary: dto.summary,
        caseId: caseIds.visits.get(i)!,
        petitionerIds: work.visitPersons.get(i)!,
        dateField: `visits.${i}.receivedAt`,
      };
      items.push({
        on: receivedOn,
        item: { kind: 'visit', input },
        set: (id) => visits.set(i, id),
      });
    }
    items.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    const ids = await this.petitionImport.writeMany(
      manager,
      work.ctx,
      items.map((x) => x.item),
    );
    items.forEach((x, k) => x.set(ids[k]!));
    return { visits, petitions };
  }

  /** A visit is a first time unless its case had a visit at the agency, before it or earlier in the batch. */
  async firstTimes(
    manager: EntityManager,
    work: Work,
    caseIds: { visits: Map<number, string> },
  ): Promise<Map<number, boolean>> {
    const cited = work.bulkVisits.flatMap((i) => {
      const caseId = work.batch.visits[i]!.caseId;
      return caseId ? [caseId] : [];
    });
    const visited = await this.visitWriter.casesVisited(manager, cited, work.actor.agencyId);
    const order = [...work.bulkVisits].sort(
      (a, b) => work.times[a]!.receivedAt.getTime() - work.times[b]!.receivedAt.getTime(),
    );
    const first = new Map<number, boolean>();
    for (const i of order) {
      const caseId = caseIds.visits.get(i)!;
      first.set(i, !visited.has(caseId));
      visited.add(caseId);
    }
    return first;
  }

  /** The batch path's visits (VisitImportWriter). */
  visits(
    manager: EntityManager,
    ctx: ActionContext,
    visits: readonly VisitToImport[],
  ): Promise<void> {
    return this.visitWriter.writeMany(manager, ctx, visits);
  }
}

function caseInput(
  actor: AuthenticatedOfficer,
  dto: {
    contentType: ContentType;
    field: CreateVisitDto['field'];
    summary: string;
    respondent?: string | null;
  },
  openedOn: string,
  personIds: readonly string[],
): OpenCaseInput {
  return {
    agencyId: actor.agencyId,
    openedOn,
    contentType: dto.contentType,
    field: dto.field,
    summary: dto.summary,
    respondent: dto.respondent ?? null,
    personIds,
  };
}
