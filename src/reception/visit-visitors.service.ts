import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { PersonKind, PersonRecordType, PersonRole } from '../persons/domain/person-enums';
import { PersonsService } from '../persons/persons.service';
import { VisitorRole } from './domain/reception-enums';
import {
  ReceptionErrorCode as E,
  receptionError,
  throwIfViolated,
  violation,
} from './domain/reception-errors';
import { checkDistinctVisitors, checkVisitorRefs } from './domain/visitors';
import type { VisitorInputDto } from './dto/create-visit.dto';
import { isPresent } from './present';

export interface VisitLinks {
  visitId: string;
  agencyId: string;
  officerId: string;
  /** The visit's case: an access grant for the case covers the visit. */
  caseId: string;
  personIds: readonly string[];
  roles: readonly VisitorRole[];
  isConfidential: boolean;
}

/** A visitor's part in the visit, as the persons module names it. */
export const PERSON_ROLE_OF: Readonly<Record<VisitorRole, PersonRole>> = {
  [VisitorRole.Visitor]: PersonRole.Visitor,
  [VisitorRole.Representative]: PersonRole.Representative,
  [VisitorRole.Member]: PersonRole.Member,
};

const unknown = (field: string) =>
  receptionError(violation(E.VisitorsInvalid, field, 'visitorUnknown'));

/**
 * The listed visitors of a new visit: found or registered, then linked (persons module). An
 * existing person is reused only from the officer's scope (DESIGN.md §7) — by id, by ID number, or
 * by an identity whose number and full name match — since the link makes the officer its handler.
 * Outside the scope a person is "not found": an ID number alone gets the unknown-number 400, an
 * identity registers a new person.
 */
@Injectable()
export class VisitVisitorsService {
  constructor(private readonly persons: PersonsService) {}

  /** Person ids in list order; registers new persons in the caller's transaction. */
  async resolve(
    manager: EntityManager,
    ctx: ActionContext,
    visitors: readonly VisitorInputDto[],
  ): Promise<string[]> {
    throwIfViolated(
      checkVisitorRefs(
        visitors.map((v) => ({
          hasPersonId: isPresent(v.personId),
          hasIdNumber: isPresent(v.idNumber),
          hasIdentity: isPresent(v.identity),
        })),
      ),
    );
    const cited = visitors.flatMap((v) => (v.personId ? [v.personId] : []));
    const inScope = await this.persons.visibleAmong(manager, ctx, cited);
    const ids: string[] = [];
    for (const [i, visitor] of visitors.entries()) {
      ids.push(await this.resolveOne(manager, ctx, { visitor, i, inScope }));
    }
    throwIfViolated(checkDistinctVisitors(ids));
    return ids;
  }

  /** Links every visitor to the visit: the recording officer may then read their identity. */
  async link(manager: EntityManager, l: VisitLinks): Promise<void> {
    for (const [i, personId] of l.personIds.entries()) {
      await this.persons.link(manager, {
        personId,
        recordType: PersonRecordType.Visit,
        recordId: l.visitId,
        agencyId: l.agencyId,
        officerId: l.officerId,
        role: PERSON_ROLE_OF[l.roles[i] ?? VisitorRole.Visitor],
        isConfidential: l.isConfidential,
        caseId: l.caseId,
      });
    }
  }

  private async resolveOne(
    manager: EntityManager,
    ctx: ActionContext,
    c: { visitor: VisitorInputDto; i: number; inScope: ReadonlySet<string> },
  ): Promise<string> {
    const { visitor: v, i } = c;
    if (v.personId) {
      if (!c.inScope.has(v.personId)) throw unknown(`visitors.${i}.personId`);
      return v.personId;
    }
    if (v.idNumber) {
      // The same 400 whether the number is unknown or registered outside the officer's scope.
      const found = await this.persons.findByIdNumber(manager, ctx, v.idNumber);
      if (!found) throw unknown(`visitors.${i}.idNumber`);
      return found.id;
    }
    const identity = v.identity!;
    const prefix = `visitors.${i}.identity`;
    const existing = await this.persons.matchIdentity(manager, ctx, identity, prefix);
    if (existing) return existing.id;
    const kind = v.kind ?? PersonKind.Citizen;
    return (await this.persons.register(manager, ctx, { ...identity, kind }, prefix)).id;
  }
}
