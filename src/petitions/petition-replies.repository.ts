import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';

export interface NewReply {
  /** Chosen by the caller: the step's history and audit rows name the reply by it. */
  id: string;
  petitionId: string;
  fromBody: string;
  replyNo: string;
  replyOn: string;
  summary?: string;
  ctx: ActionContext;
}

export interface ReplyRow {
  id: string;
  fromBody: string;
  replyNo: string;
  replyOn: string;
  summary: string | null;
  createdAt: Date;
}

/** Every query on petition_reply (01/XLD column 26: replies received for forwarded petitions). */
@Injectable()
export class PetitionRepliesRepository {
  async insert(manager: EntityManager, r: NewReply): Promise<void> {
    await manager.query(
      `INSERT INTO petition_reply
         (id, petition_id, from_body, reply_no, reply_on, summary, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [r.id, r.petitionId, r.fromBody, r.replyNo, r.replyOn, r.summary ?? null, r.ctx.actor?.id],
    );
  }
}
