import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { fieldInvalid } from '../common/errors/common-errors';
import { messagesVi, validationMessageVi } from '../common/i18n/messages.vi';
import { runInTransaction } from '../database/transaction';
import { AccessScopeService } from '../scope/access-scope.service';
import { isSearchableIdNumber } from './domain/identity-number';
import { personErrors } from './domain/person-errors';
import type { CreatePersonDto } from './dto/create-person.dto';
import type { PersonRefDto, PersonSearchResponseDto } from './dto/person-ref.response.dto';
import type { RecordContextQueryDto } from './dto/record-context.query.dto';
import { IdentityVault, readKey } from './identity-vault';
import { toPersonRef } from './person.mapper';
import type { RecordRef } from './person-rows';
import { PersonsService } from './persons.service';
import { requireActor } from './require-actor';

const recordOf = (q: RecordContextQueryDto): RecordRef | null =>
  q.recordType && q.recordId ? { recordType: q.recordType, recordId: q.recordId } : null;

/** At most this many persons share one ID number in a search answer. */
const SEARCH_LIMIT = 50;

/** The desk's HTTP use cases: register, look up by ID number, open one person. */
@Injectable()
export class PersonDeskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AccessScopeService,
    private readonly persons: PersonsService,
    private readonly vault: IdentityVault,
  ) {}

  /** The answer never carries the identity (POST replies are kept by the Idempotency-Key store). */
  async create(ctx: ActionContext, dto: CreatePersonDto): Promise<PersonRefDto> {
    const person = await runInTransaction(this.dataSource, (m) =>
      this.persons.register(m, ctx, dto),
    );
    return toPersonRef(person, null);
  }

  /**
   * 404 when missing or outside the viewer's reach (audited alike); identity only where allowed —
   * on the screen of `context`'s record when given (a grant works only there).
   */
  async get(ctx: ActionContext, id: string, context: RecordContextQueryDto): Promise<PersonRefDto> {
    const viewer = requireActor(ctx);
    const scopeAgencyIds = await this.scope.agencyIdsFor(viewer);
    const purpose = { purpose: 'person.view', requestId: ctx.requestId };
    const record = recordOf(context);
    const revealed = await runInTransaction(this.dataSource, (manager) =>
      this.vault.reveal(manager, {
        viewer,
        scopeAgencyIds,
        items: [{ personId: id, record }],
        purpose,
        auditInvisible: true,
      }),
    );
    // Thrown after the commit, so that the refused read stays in the audit trail.
    const found = revealed.get(readKey(id, record));
    if (!found?.access.visible) throw personErrors.notFound();
    return toPersonRef(found.person, found.identity);
  }

  /** Exact match through the blind index; only persons the viewer may see are listed. */
  async search(
    ctx: ActionContext,
    idNumber: string,
    context: RecordContextQueryDto,
  ): Promise<PersonSearchResponseDto> {
    const viewer = requireActor(ctx);
    if (!isSearchableIdNumber(idNumber)) {
      const message = messagesVi.fieldMessage('idNumber', validationMessageVi('isIdNumber', []));
      throw fieldInvalid('idNumber', 'isIdNumber', message);
    }
    const scopeAgencyIds = await this.scope.agencyIdsFor(viewer);
    const purpose = { purpose: 'person.search', requestId: ctx.requestId };
    const record = recordOf(context);
    const items = await runInTransaction(this.dataSource, async (manager) => {
      const found = await this.persons.findAllByIdNumber(manager, idNumber, SEARCH_LIMIT);
      const personIds = found.map((f) => f.id);
      const revealed = await this.vault.reveal(manager, {
        viewer,
        scopeAgencyIds,
        items: personIds.map((personId) => ({ personId, record })),
        purpose,
        auditInvisible: false,
      });
      return personIds.flatMap((id) => {
        const r = revealed.get(readKey(id, record));
        return r?.access.visible ? [toPersonRef(r.person, r.identity)] : [];
      });
    });
    return { items };
  }
}
