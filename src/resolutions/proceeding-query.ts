import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { PeriodPageQueryDto } from '../common/http/period-page-query.dto';
import type { Clock } from '../common/time/clock';
import type { DecisionsService } from '../decisions/decisions.service';
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

/** What the read side needs from a proceeding's repository. */
export interface ProceedingQueryRepository<E, Rec> {
  findById(id: string, manager?: EntityManager): Promise<E | null>;
  lockById(manager: EntityManager, id: string): Promise<E | null>;
  records(id: string, manager?: EntityManager): Promise<Rec>;
}

/** The parts of a proceeding's detail every kind has. */
export interface ProceedingDetailParts<E, Rec> {
  row: E;
  records: Rec;
  decisions: DecisionWithMeasures[];
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
    protected readonly decisions: DecisionsService,
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
    const guarded = found && {
      agencyId: found.agencyId,
      leadId: found.verificationLeadId,
      memberIds: found.verificationMemberIds,
    };
    await this.access.assertVisible(viewer, guarded, this.notFoundEntity);
    return found as E;
  }

  /** GET: with the identities the vault lets this viewer read (audited). */
  async get(ctx: ActionContext, id: string): Promise<R> {
    const row = await this.getVisible(requireActor(ctx), id);
    const persons = await this.persons.listWithIdentity(ctx, this.recordOf(row));
    return this.toResponse(await this.detailOf(row, persons), this.clock.today());
  }

  /**
   * POST replies (stored with an Idempotency-Key): pseudonyms only, read in the transaction. The
   * reads after the row go out together (the connection pipelines them: one round trip).
   */
  async reply(manager: EntityManager, id: string): Promise<R> {
    const row = await this.repository.findById(id, manager);
    if (!row) throw new Error(`${this.noun} ${id} vanished in its own transaction`);
    const [persons, detail] = await Promise.all([
      this.persons.list(manager, this.recordOf(row)),
      this.partsOf(row, manager),
    ]);
    return this.toResponse(this.toDetail({ ...detail, persons }), this.clock.today());
  }

  async detailOf(row: E, persons: ProceedingPerson[], manager?: EntityManager): Promise<D> {
    return this.toDetail({ ...(await this.partsOf(row, manager)), persons });
  }

  /** The proceeding's records and decisions, read together. */
  private async partsOf(row: E, manager?: EntityManager) {
    const [records, decisions] = await Promise.all([
      this.repository.records(row.id, manager),
      this.decisions.listForProceeding(row.id, manager),
    ]);
    return { row, records, decisions };
  }
}
