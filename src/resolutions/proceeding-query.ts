import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { PeriodPageQueryDto } from '../common/http/period-page-query.dto';
import type { Clock } from '../common/time/clock';
import type { DecisionWithMeasures } from '../decisions/decisions.repository';
import type { FigureKey } from '../statistics/domain/summary-shape';
import { requireFigurePeriod } from '../statistics/figures/figure-list-filter';
import type { ProceedingAccessService } from './proceeding-access.service';
import type { ProceedingListFilter } from './proceeding-list';
import type { ProceedingPerson } from './proceeding-parts.mapper';
import type { ProceedingPersonsService, ProceedingRecord } from './proceeding-persons.service';
import { requireActor } from './require-actor';

/** The columns the viewer guard reads (scope and verification assignment). */
export interface GuardedProceedingRow {
  id: string;
  agencyId: string;
  verificationLeadId: string | null;
  verificationMemberIds: string[];
}

/** A proceeding's row with its records and documents, as its repository reads them together. */
export interface ProceedingParts<E, Rec> {
  row: E;
  records: Rec;
  decisions: DecisionWithMeasures[];
}

/** What the read side needs from a proceeding's repository. */
export interface ProceedingQueryRepository<E, Rec> {
  findById(id: string, manager?: EntityManager): Promise<E | null>;
  lockById(manager: EntityManager, id: string): Promise<E | null>;
  /** The row, its records and its documents in one statement (null when there is no row). */
  detail(id: string, manager?: EntityManager): Promise<ProceedingParts<E, Rec> | null>;
}

/** The parts of a proceeding's detail every kind has. */
export interface ProceedingDetailParts<E, Rec> extends ProceedingParts<E, Rec> {
  persons: ProceedingPerson[];
}

/**
 * Reads one kind of proceeding for the viewers DESIGN §7 allows (404 for anyone else): the row
 * (locked on request), the GET answer with identities (audited) and the POST reply (pseudonyms
 * only). A module names its table's repository, its 404 message, its person record and its mapper.
 */
export abstract class ProceedingQuery<E extends GuardedProceedingRow, Rec, D, R> {
  /** The 404 message's entity name. */
  protected abstract readonly notFoundEntity: string;
  /** The word for the proceeding in the internal error of a vanished row. */
  protected abstract readonly noun: string;

  constructor(
    protected readonly repository: ProceedingQueryRepository<E, Rec>,
    protected readonly access: ProceedingAccessService,
    protected readonly persons: ProceedingPersonsService,
    protected readonly clock: Clock,
  ) {}

  /** The person record the proceeding's parties are stored under. */
  protected abstract recordOf(row: E): ProceedingRecord;
  protected abstract toDetail(parts: ProceedingDetailParts<E, Rec>): D;
  protected abstract toResponse(detail: D, today: string): R;

  /**
   * The filter of GET /complaints or /denunciations: the viewer's proceedings (an investigator's
   * assignments), or with `figure` exactly those the statistics figure counts over from/to, both
   * then required (DESIGN §5).
   */
  protected async listFilter(
    viewer: AuthenticatedOfficer,
    q: PeriodPageQueryDto & { figure?: string },
  ): Promise<ProceedingListFilter> {
    if (q.figure) requireFigurePeriod(q);
    const scope = await this.access.listScope(viewer, q.agencyId);
    const { from, to, cursor, limit } = q;
    return { ...scope, from, to, figure: q.figure as FigureKey | undefined, cursor, limit };
  }

  /** The proceeding if this viewer may see it; with `lock` (in a transaction) it stays locked. */
  async getVisible(
    viewer: AuthenticatedOfficer,
    id: string,
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<E> {
    const { manager, lock } = options;
    const found =
      lock && manager
        ? await this.repository.lockById(manager, id)
        : await this.repository.findById(id, manager);
    return this.visible(viewer, found, (row) => row);
  }

  /**
   * GET: with the identities the vault lets this viewer read (audited). The row, its records and
   * its documents are one statement, read before the guard: nothing of it leaves unless visible.
   */
  async get(ctx: ActionContext, id: string): Promise<R> {
    const found = await this.repository.detail(id);
    const parts = await this.visible(requireActor(ctx), found, (p) => p.row);
    const persons = await this.persons.listWithIdentity(ctx, this.recordOf(parts.row));
    return this.toResponse(this.toDetail({ ...parts, persons }), this.clock.today());
  }

  /**
   * POST replies (stored with an Idempotency-Key): pseudonyms only, read in the transaction after
   * its writes — the row, its records and documents in one statement, then its persons.
   */
  async reply(manager: EntityManager, id: string): Promise<R> {
    const parts = await this.repository.detail(id, manager);
    if (!parts) throw new Error(`${this.noun} ${id} vanished in its own transaction`);
    const persons = await this.persons.list(manager, this.recordOf(parts.row));
    return this.toResponse(this.toDetail({ ...parts, persons }), this.clock.today());
  }

  /** The detail of a row already read (documents): its records and documents, one statement. */
  async detailOf(row: E, persons: ProceedingPerson[], manager?: EntityManager): Promise<D> {
    const parts = await this.repository.detail(row.id, manager);
    if (!parts) throw new Error(`${this.noun} ${row.id} vanished`);
    return this.toDetail({ row, records: parts.records, decisions: parts.decisions, persons });
  }

  /** What was read, if this viewer may see its proceeding (scope, assignment); else 404. */
  private async visible<T>(viewer: AuthenticatedOfficer, found: T | null, rowOf: (t: T) => E) {
    const row = found === null ? null : rowOf(found);
    const guarded = row && {
      agencyId: row.agencyId,
      leadId: row.verificationLeadId,
      memberIds: row.verificationMemberIds,
    };
    await this.access.assertVisible(viewer, guarded, this.notFoundEntity);
    return found as T;
  }
}
