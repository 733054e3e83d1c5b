import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { ContentType, isConfidentialContent } from '../cases/domain/case-enums';
import { PersonKind, PersonRecordType, PersonRole } from '../persons/domain/person-enums';
import { PersonsService } from '../persons/persons.service';
import { PetitionErrorCode as E, petitionError, violation } from './domain/petition-errors';
import type { SignatoryInputDto } from './dto/register-petition.dto';

export interface SignatoryLinks {
  petitionId: string;
  agencyId: string;
  type: ContentType;
  officerId: string;
  personIds: readonly string[];
}

const unknown = (field: string) => petitionError(violation(E.Invalid, field, 'signatoryUnknown'));

/**
 * The signatories of a new petition through the persons module: found by ID number (blind
 * index) or registered (sealed identity), then linked to the petition. Persons cited by id are
 * checked against the officer's scope by the registration statement itself.
 */
@Injectable()
export class PetitionSignatoriesService {
  constructor(private readonly persons: PersonsService) {}

  /** Person ids in list order; registers new persons in the caller's transaction. */
  async resolve(
    manager: EntityManager,
    ctx: ActionContext,
    signatories: readonly SignatoryInputDto[],
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, s] of signatories.entries()) ids.push(await this.resolveOne(manager, ctx, s, i));
    return ids;
  }

  /**
   * Each signatory gets a link to the petition (the officer may then read the identity).
   * Luật Tố cáo 2018 Điều 9(1)(b): denouncers' links are confidential (role `denouncer`).
   */
  async link(manager: EntityManager, l: SignatoryLinks): Promise<void> {
    const role = l.type === ContentType.Denunciation ? PersonRole.Denouncer : PersonRole.Petitioner;
    for (const personId of l.personIds) {
      await this.persons.link(manager, {
        personId,
        recordType: PersonRecordType.Petition,
        recordId: l.petitionId,
        agencyId: l.agencyId,
        officerId: l.officerId,
        role,
        isConfidential: isConfidentialContent(l.type),
      });
    }
  }

  private async resolveOne(
    manager: EntityManager,
    ctx: ActionContext,
    s: SignatoryInputDto,
    i: number,
  ): Promise<string> {
    if (s.personId) return s.personId;
    if (s.idNumber) {
      const found = await this.persons.findByIdNumber(manager, ctx, s.idNumber);
      if (!found) throw unknown(`signatories.${i}.idNumber`);
      return found.id;
    }
    const identity = s.identity!;
    const prefix = `signatories.${i}.identity`;
    // In the officer's scope only, and under the same full name (PersonsService.matchIdentity).
    const existing = await this.persons.matchIdentity(manager, ctx, identity, prefix);
    if (existing) return existing.id;
    const kind = s.kind ?? PersonKind.Citizen;
    return (await this.persons.register(manager, ctx, { ...identity, kind }, prefix)).id;
  }
}
