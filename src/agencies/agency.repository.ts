import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, QueryFailedError, Repository } from 'typeorm';

import { AgencySuccessionEntity } from './agency-succession.entity';
import {
  ANCESTRY_SQL,
  CHILDREN_OUTLIVING_SQL,
  PREDECESSORS_SQL,
  SUBTREE_IDS_ALL_TIME_SQL,
  SUBTREE_IDS_AS_OF_SQL,
  SUCCESSORS_SQL,
  TREE_AS_OF_SQL,
} from './agency-tree.sql';
import { AgencyEntity } from './agency.entity';
import type { AgencyKind, AgencyLevel, SuccessionKind } from './domain/agency-enums';
import { agencyErrors } from './domain/agency-errors';
import type { ValidityInterval } from './domain/agency-validity';

export interface AgencyTreeRow {
  id: string;
  code: string;
  name: string;
  level: AgencyLevel;
  kind: AgencyKind;
  parentId: string | null;
  depth: number;
  validFrom: string;
  validTo: string | null;
  version: number;
}

/** What a document header needs of a unit and of each unit above it. */
export interface AncestryRow {
  id: string;
  code: string;
  name: string;
  kind: AgencyKind;
  /** Last day in force (inclusive); null while in force. */
  validTo: string | null;
}

export interface SuccessionLinkRow {
  agencyId: string;
  code: string;
  name: string;
  kind: SuccessionKind;
  effectiveOn: string;
}

export type NewAgency = Pick<
  AgencyEntity,
  'code' | 'name' | 'level' | 'kind' | 'parentId' | 'validFrom' | 'validTo'
>;

export type NewSuccession = Pick<
  AgencySuccessionEntity,
  'predecessorId' | 'successorId' | 'effectiveOn' | 'kind'
>;

const CODE_CONSTRAINTS = new Set(['uq_agency__code', 'ex_agency__code']);

/** A unique or exclusion violation on the agency code (two units, one code, same days). */
function isCodeConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: unknown; constraint?: unknown };
  const code = driver.code;
  return (code === '23505' || code === '23P01') && CODE_CONSTRAINTS.has(String(driver.constraint));
}

/** Every query on agency and agency_succession. */
@Injectable()
export class AgencyRepository {
  constructor(@InjectRepository(AgencyEntity) private readonly repo: Repository<AgencyEntity>) {}

  findById(id: string, manager?: EntityManager): Promise<AgencyEntity | null> {
    return (manager ?? this.repo.manager).findOneBy(AgencyEntity, { id });
  }

  /** FOR SHARE: a parent cannot be closed while a child is being placed under it. */
  findByIdForShare(manager: EntityManager, id: string): Promise<AgencyEntity | null> {
    return manager.findOne(AgencyEntity, { where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  /** FOR UPDATE, in id order (no deadlock between two merges of overlapping units). */
  findByIdsForUpdate(manager: EntityManager, ids: readonly string[]): Promise<AgencyEntity[]> {
    return manager.find(AgencyEntity, {
      where: { id: In([...ids]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Inserts a unit; a code already used on overlapping days → 409 AGENCY_CODE_TAKEN on `field`. */
  async insert(
    manager: EntityManager,
    values: NewAgency,
    codeField: string,
  ): Promise<AgencyEntity> {
    try {
      const result = await manager.insert(AgencyEntity, values);
      const id = (result.identifiers[0] as { id: string }).id;
      return await manager.findOneByOrFail(AgencyEntity, { id });
    } catch (error) {
      if (isCodeConflict(error)) throw agencyErrors.codeTaken(codeField);
      throw error;
    }
  }

  async insertSuccessions(manager: EntityManager, links: readonly NewSuccession[]): Promise<void> {
    if (links.length > 0) await manager.insert(AgencySuccessionEntity, [...links]);
  }

  childrenOutliving(
    manager: EntityManager,
    parentId: string,
    validTo: string,
  ): Promise<ValidityInterval[]> {
    return manager.query<ValidityInterval[]>(CHILDREN_OUTLIVING_SQL, [parentId, validTo]);
  }

  treeAsOf(asOf: string): Promise<AgencyTreeRow[]> {
    return this.repo.manager.query<AgencyTreeRow[]>(TREE_AS_OF_SQL, [asOf]);
  }

  /** The unit and its descendants (in force on `asOf`, or over all time when null). */
  async subtreeIds(rootId: string, asOf: string | null): Promise<string[]> {
    const [sql, params] =
      asOf === null ? [SUBTREE_IDS_ALL_TIME_SQL, [rootId]] : [SUBTREE_IDS_AS_OF_SQL, [rootId, asOf]];
    const rows = await this.repo.manager.query<{ id: string }[]>(sql, params);
    return rows.map((r) => r.id);
  }

  /**
   * For each unit: the unit, its parent, … (at most `levels` rows, the unit first), in one query;
   * an unknown unit has no entry.
   */
  async ancestries(
    ids: readonly string[],
    levels: number,
    manager?: EntityManager,
  ): Promise<Map<string, AncestryRow[]>> {
    const rows = await (manager ?? this.repo.manager).query<(AncestryRow & { startId: string })[]>(
      ANCESTRY_SQL,
      [[...new Set(ids)], levels],
    );
    const chains = new Map<string, AncestryRow[]>();
    for (const { startId, ...row } of rows) {
      chains.set(startId, [...(chains.get(startId) ?? []), row]);
    }
    return chains;
  }

  predecessorsOf(id: string, manager?: EntityManager): Promise<SuccessionLinkRow[]> {
    return (manager ?? this.repo.manager).query<SuccessionLinkRow[]>(PREDECESSORS_SQL, [id]);
  }

  successorsOf(id: string, manager?: EntityManager): Promise<SuccessionLinkRow[]> {
    return (manager ?? this.repo.manager).query<SuccessionLinkRow[]>(SUCCESSORS_SQL, [id]);
  }
}

/** The parent of a unit being placed, locked FOR SHARE; 400 naming `field` when unknown. */
export async function lockParent(
  agencies: AgencyRepository,
  manager: EntityManager,
  parentId: string | null,
  field: string,
): Promise<AgencyEntity | null> {
  if (parentId === null) return null;
  const parent = await agencies.findByIdForShare(manager, parentId);
  if (!parent) throw agencyErrors.referenceNotFound(field);
  return parent;
}
