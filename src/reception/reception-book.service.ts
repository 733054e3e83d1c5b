import { Injectable, StreamableFile } from '@nestjs/common';

import type { ActionContext } from '../auth/action-context';
import { isConfidentialContent } from '../cases/domain/case-enums';
import { receptionDocumentTextsVi as texts } from '../common/i18n/reception-messages.vi';
import { Clock } from '../common/time/clock';
import { PersonRecordType } from '../persons/domain/person-enums';
import type { PersonIdentityDto } from '../persons/dto/person-ref.response.dto';
import { IdentityService } from '../persons/identity.service';
import { DocumentRenderer } from '../reports';
import { checkPeriod } from './domain/period';
import {
  MAX_BOOK_ROWS,
  ReceptionErrorCode as E,
  receptionError,
  throwIfViolated,
  violation,
} from './domain/reception-errors';
import { type BookIdentities, bookVisitorsOf, toBookRow } from './documents/book-rows';
import { DocumentIssuerService } from './document-issuer.service';
import type { ReceptionBookQueryDto } from './dto/reception-book.query.dto';
import { ReceptionScopeService } from './reception-scope.service';
import { requireActor } from './require-actor';
import type { VisitRow } from './visit-row.sql';
import { VisitsRepository } from './visits.repository';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The reception book (sổ tiếp công dân) of one agency for a period, PDF or XLSX. Visitors of a
 * confidential matter (denunciation, mixed) appear by pseudonym for every reader: their identity
 * is not read at all. Others appear by name where the reader may read it (audited), else by
 * pseudonym; a delegation's line names all its representatives (DOMAIN.md §2.2 column 3).
 */
@Injectable()
export class ReceptionBookService {
  constructor(
    private readonly visits: VisitsRepository,
    private readonly scope: ReceptionScopeService,
    private readonly identities: IdentityService,
    private readonly issuers: DocumentIssuerService,
    private readonly renderer: DocumentRenderer,
    private readonly clock: Clock,
  ) {}

  async book(ctx: ActionContext, q: ReceptionBookQueryDto): Promise<StreamableFile> {
    throwIfViolated(checkPeriod(q.from, q.to));
    const viewer = requireActor(ctx);
    const agencyId = await this.scope.oneAgency(viewer, q.agencyId);
    const rows = await this.visits.book(agencyId, q.from, q.to, MAX_BOOK_ROWS + 1);
    if (rows.length > MAX_BOOK_ROWS) {
      throw receptionError(violation(E.PeriodInvalid, 'to', 'bookTooLarge'));
    }
    const identities = await this.readableIdentities(ctx, rows);
    const bookRows = rows.map((r) => toBookRow(r, identities.get(r.id) ?? new Map()));
    const meta = {
      issuer: (await this.issuers.issuerFor(agencyId)).issuer,
      period: { from: q.from, to: q.to },
      printedOn: this.clock.today(),
    };
    const xlsx = q.format === 'xlsx';
    const file = xlsx
      ? await this.renderer.receptionBookXlsx(bookRows, meta)
      : await this.renderer.receptionBook(bookRows, meta);
    const name = `${texts.bookFileName(q.from, q.to)}.${xlsx ? 'xlsx' : 'pdf'}`;
    return new StreamableFile(file, {
      type: xlsx ? XLSX : 'application/pdf',
      disposition: `attachment; filename="${name}"`,
    });
  }

  /**
   * visit id → the identities of the persons its line names (bookVisitorsOf), for the
   * non-confidential visits, each read on its own visit: one batched, audited read.
   */
  private async readableIdentities(
    ctx: ActionContext,
    rows: readonly VisitRow[],
  ): Promise<Map<string, BookIdentities>> {
    const shown = rows
      .filter((r) => !isConfidentialContent(r.contentType))
      .flatMap((r) =>
        bookVisitorsOf(r).map((p) => ({
          personId: p.personId,
          recordType: PersonRecordType.Visit,
          recordId: r.id,
        })),
      );
    const refs = await this.identities.readRefsForRecords(requireActor(ctx), shown, {
      purpose: 'reception.book',
      requestId: ctx.requestId,
    });
    const byVisit = new Map<string, Map<string, PersonIdentityDto | null>>();
    for (const s of shown) {
      const identities = byVisit.get(s.recordId) ?? new Map<string, PersonIdentityDto | null>();
      const identity = refs.of(s.recordType, s.recordId).get(s.personId)?.identity ?? null;
      byVisit.set(s.recordId, identities.set(s.personId, identity));
    }
    return byVisit;
  }
}
