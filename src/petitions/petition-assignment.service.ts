import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { staleVersion } from '../common/errors/common-errors';
import { runInTransaction } from '../database/transaction';
import { PersonRecordType } from '../persons/domain/person-enums';
import { PersonsService } from '../persons/persons.service';
import { PetitionErrorCode as E, petitionError, violation } from './domain/petition-errors';
import type { PetitionResponseDto } from './dto/petition.response.dto';
import type { AssignPetitionDto } from './dto/split-petition.dto';
import { PetitionLocksService } from './petition-locks.service';
import { PetitionsRepository } from './petitions.repository';

/**
 * A leader assigns a petition to a handler of its agency (POST /petitions/:id/assign): the
 * handler's worklist shows it, and the handler may read its signatories' identities (their links
 * now name the handler).
 */
@Injectable()
export class PetitionAssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: PetitionLocksService,
    private readonly petitions: PetitionsRepository,
    private readonly persons: PersonsService,
    private readonly audit: AuditService,
  ) {}

  assign(ctx: ActionContext, id: string, dto: AssignPetitionDto): Promise<PetitionResponseDto> {
    return runInTransaction(this.dataSource, async (manager) => {
      const petition = await this.locks.lockVisible(manager, ctx, id);
      if (petition.version !== dto.version) throw staleVersion(petition.version);
      if (!(await this.petitions.isHandlerOf(manager, dto.officerId, petition.agencyId))) {
        throw petitionError(violation(E.Invalid, 'officerId', 'handlerUnknown'));
      }
      await this.petitions.update(manager, petition, { handler_id: dto.officerId });
      await this.persons.setRecordOfficer(manager, {
        recordType: PersonRecordType.Petition,
        recordId: petition.id,
        officerId: dto.officerId,
      });
      const data = { from: petition.handlerId, to: dto.officerId };
      await this.petitions.insertEvent(manager, {
        petitionId: petition.id,
        action: 'assign',
        fromStatus: petition.status,
        toStatus: petition.status,
        actorId: ctx.actor?.id ?? null,
        legalBasis: null,
        data,
      });
      await this.audit.record(manager, {
        actorId: ctx.actor?.id ?? null,
        action: 'petition.assign',
        entityType: 'petition',
        entityId: petition.id,
        agencyId: petition.agencyId,
        requestId: ctx.requestId,
        data,
      });
      return this.locks.respond(manager, ctx, petition.id);
    });
  }
}
