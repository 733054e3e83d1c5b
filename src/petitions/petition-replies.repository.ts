import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';

export interface NewReply {
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
      `INSERT INTO petition_reply (petition_id, from_body, reply_no, reply_on, summary, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [r.petitionId, r.fromBody, r.replyNo, r.replyOn, r.summary ?? null, r.ctx.actor?.id],
    );
  }
}
