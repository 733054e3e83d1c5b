import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { nextRecordNumber } from '../database/record-number';
import { runInTransaction } from '../database/transaction';
import { PetitionStatus } from './domain/petition-enums';
import { throwIfViolated } from './domain/petition-errors';
import { PetitionAction } from './domain/petition-status';
import { splitProblem } from './domain/split-rules';
import type { PetitionResponseDto } from './dto/petition.response.dto';
import type { PetitionPartDto, SplitPetitionDto } from './dto/split-petition.dto';
import { deadlineColumns, PetitionDeadlinesService } from './petition-deadlines.service';
import { emptyHandling } from './petition-intake.service';
import type { PetitionEntity } from './petition.entity';
import { PetitionLocksService } from './petition-locks.service';
import { PetitionSignatoriesService } from './petition-signatories.service';
import { PetitionTransitions } from './petition-transitions.service';
import { PetitionsRepository } from './petitions.repository';

export interface SplitResponseDto extends PetitionResponseDto {
  parts: PetitionResponseDto[];
}

/**
 * Splitting a mixed petition (đơn có nhiều nội dung, DOMAIN §3.4) into one petition per content:
 * each part is numbered in the book, keeps the receipt date, source, signatories and case, gets
 * the deadlines of its own type, and is then handled by its own rule.
 */
@Injectable()
export class PetitionSplitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: PetitionLocksService,
    private readonly petitions: PetitionsRepository,
    private readonly signatories: PetitionSignatoriesService,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly transitions: PetitionTransitions,
  ) {}

  split(ctx: ActionContext, id: string, dto: SplitPetitionDto): Promise<SplitResponseDto> {
    return runInTransaction(this.dataSource, async (manager) => {
      const parent = await this.locks.lockVisible(manager, ctx, id);
      this.transitions.assertAllowed(parent, PetitionAction.Split);
      throwIfViolated(splitProblem(parent.type, dto.parts));
      const signatoryIds = await this.petitions.signatoryIds(manager, parent.id);
      const partIds: string[] = [];
      for (const [i, part] of dto.parts.entries()) {
        partIds.push(
          await this.writePart(manager, ctx, { parent, part, partNo: i + 1, signatoryIds }),
        );
      }
      await this.transitions.apply(manager, ctx, {
        petition: parent,
        action: PetitionAction.Split,
        version: dto.version,
        data: { parts: partIds },
      });
      const parts = await Promise.all(partIds.map((p) => this.locks.respond(manager, ctx, p)));
      return { ...(await this.locks.respond(manager, ctx, parent.id)), parts };
    });
  }

  private async writePart(
    manager: EntityManager,
    ctx: ActionContext,
    w: { parent: PetitionEntity; part: PetitionPartDto; partNo: number; signatoryIds: string[] },
  ): Promise<string> {
    const { parent, part } = w;
    const input = { type: part.type, receivedOn: parent.receivedOn };
    const due = await this.deadlines.forReceipt(manager, input, `parts.${w.partNo - 1}.type`);
    const book = { book: 'petition' as const, agencyId: parent.agencyId, year: parent.bookYear };
    const { id: _id, status: _s, version: _v, createdAt: _c, updatedAt: _u, ...kept } = parent;
    const created = await this.petitions.insert(manager, {
      ...kept,
      ...emptyHandling(),
      ...inherited(parent),
      ...deadlineColumns(due, part.type, parent.receivedOn),
      bookNo: await nextRecordNumber(manager, book),
      type: part.type,
      field: part.field,
      summary: part.summary,
      respondent: part.respondent ?? parent.respondent,
      parentId: parent.id,
      partNo: w.partNo,
    });
    await this.petitions.insertSignatories(manager, created.id, w.signatoryIds);
    await this.signatories.link(manager, {
      petitionId: created.id,
      agencyId: created.agencyId,
      type: created.type,
      officerId: ctx.actor?.id ?? parent.createdBy,
      personIds: w.signatoryIds,
    });
    await this.recordPart(manager, ctx, created);
    return created.id;
  }

  private recordPart(manager: EntityManager, ctx: ActionContext, part: PetitionEntity) {
    return this.petitions.insertEvent(manager, {
      petitionId: part.id,
      action: 'split_part',
      fromStatus: null,
      toStatus: PetitionStatus.Received,
      actorId: ctx.actor?.id ?? null,
      legalBasis: 'Thông tư 05/2021/TT-TTCP (đơn có nhiều nội dung khác nhau)',
      data: { parentId: part.parentId, partNo: part.partNo, bookNo: part.bookNo },
    });
  }
}

/** What a part keeps of the petition it was split from besides its content. */
function inherited(parent: PetitionEntity) {
  return {
    senderBody: parent.senderBody,
    dispatchNo: parent.dispatchNo,
    dispatchOn: parent.dispatchOn,
    isAnonymous: parent.isAnonymous,
    handlerId: parent.handlerId,
    visitId: null,
  };
}
