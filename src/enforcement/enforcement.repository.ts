import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { REPORT_SETTINGS } from '../database/report-settings';
import { EnforcementType, ItemKind, itemKind } from './domain/enforcement-item';
import type { BacklogSort } from './domain/outstanding';
import { storedDecisionKey } from './import/duplicate-rows';
import {
  groupTracked,
  type LoadedDecision,
  TRACKED_COLUMNS,
  TRACKED_FROM,
  TRACKED_ORDER,
  type TrackedRow,
} from './enforcement-rows';
import { type OutstandingRow, outstandingSql, type SortOrder } from './outstanding/outstanding.sql';

const typesOf = (kind: ItemKind) =>
  Object.values(EnforcementType).filter((t) => itemKind(t) === kind);
const MONEY_TYPES = typesOf(ItemKind.Money);
const LAND_TYPES = typesOf(ItemKind.Land);

/** The enforcement SQL: every read is one query over decision × item × progress. */
@Injectable()
export class EnforcementRepository {
  /** One tracked decision by its own id or its source decision's id; null when there is none. */
  async findDecision(manager: EntityManager, id: string): Promise<LoadedDecision | null> {
    const rows = await manager.query<TrackedRow[]>(
      `SELECT ${TRACKED_COLUMNS} ${TRACKED_FROM}
       WHERE d.id = (SELECT e.id FROM enforcement_decision e WHERE e.id = $1 OR e.decision_id = $1 LIMIT 1)
       ${TRACKED_ORDER}`,
      [id],
    );
    return groupTracked(rows)[0] ?? null;
  }

  /** The item's decision, locked FOR UPDATE (progress and reopenings of one decision queue). */
  async lockDecisionOfItem(
    manager: EntityManager,
    itemId: string,
  ): Promise<{ decisionId: string; agencyId: string } | null> {
    const rows = await manager.query<{ decisionId: string; agencyId: string }[]>(
      `SELECT d.id AS "decisionId", d.agency_id AS "agencyId"
       FROM enforcement_item i JOIN enforcement_decision d ON d.id = i.enforcement_decision_id
       WHERE i.id = $1 FOR UPDATE OF d`,
      [itemId],
    );
    return rows[0] ?? null;
  }

  /**
   * One page of the outstanding worklist as of `at` (limit + 1 rows), computed in SQL; `after` is
   * the decoded cursor key. Read-only, without JIT (one aggregate over the agencies' open items).
   */
  async outstandingPage(
    manager: EntityManager,
    q: {
      agencyIds: readonly string[];
      at: string;
      responsibleBody: string | null;
      sort: BacklogSort;
      order: SortOrder;
      after: (string | number)[] | null;
      limit: number;
    },
  ): Promise<OutstandingRow[]> {
    await manager.query(`SET TRANSACTION READ ONLY; ${REPORT_SETTINGS}`);
    const params = [q.agencyIds, q.at, q.responsibleBody, MONEY_TYPES, LAND_TYPES, q.limit + 1];
    return manager.query<OutstandingRow[]>(
      outstandingSql(q.sort, q.order, q.after !== null),
      q.after === null ? params : [...params, ...q.after],
    );
  }

  /**
   * The decisions that may be to implement in [from, to] (DESIGN §5): effective by `to` and not
   * completed before `from`; the domain applies the exact rule. One query, in the caller's
   * transaction, read-only with the reporting settings (JIT off, a plan per call).
   */
  async loadForPeriod(
    manager: EntityManager,
    agencyIds: readonly string[],
    from: string,
    to: string,
  ): Promise<LoadedDecision[]> {
    await manager.query(`SET TRANSACTION READ ONLY; ${REPORT_SETTINGS}`);
    const rows = await manager.query<TrackedRow[]>(
      `SELECT ${TRACKED_COLUMNS} ${TRACKED_FROM}
       WHERE d.agency_id = ANY($1::uuid[]) AND d.legal_effect_on <= $3::date
         AND (d.completed_on IS NULL OR GREATEST(d.completed_on, d.legal_effect_on) >= $2::date)
       ${TRACKED_ORDER}`,
      [agencyIds, from, to],
    );
    return groupTracked(rows);
  }

  async reopeningsOf(manager: EntityManager, itemIds: readonly string[]) {
    return manager.query<
      { id: string; itemId: string; on: string; reason: string; byOfficerId: string }[]
    >(
      `SELECT id, item_id AS "itemId", "on"::text AS "on", reason, by_officer_id AS "byOfficerId"
       FROM enforcement_reopening WHERE item_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [itemIds],
    );
  }

  /**
   * Keys (storedDecisionKey) of the tracked decisions of these agencies with one of these numbers
   * (compared case- and spacing-insensitively; the caller matches the year).
   */
  async trackedDecisionKeys(
    manager: EntityManager,
    agencyIds: readonly string[],
    numbers: readonly string[],
  ): Promise<Set<string>> {
    if (agencyIds.length === 0 || numbers.length === 0) return new Set();
    const rows = await manager.query<{ agencyId: string; numberSymbol: string; year: number }[]>(
      `SELECT agency_id AS "agencyId", number_symbol AS "numberSymbol",
              extract(year FROM issued_on)::int AS year
         FROM enforcement_decision
        WHERE agency_id = ANY($1::uuid[])
          AND lower(regexp_replace(btrim(number_symbol), '\\s+', ' ', 'g'))
              IN (SELECT lower(n) FROM unnest($2::text[]) n)`,
      [agencyIds, [...new Set(numbers.map((n) => n.normalize('NFC').replace(/\s+/g, ' ').trim()))]],
    );
    return new Set(rows.map((r) => storedDecisionKey(r.agencyId, r.numberSymbol, r.year)));
  }

  /** Agencies by code (the newest unit holding each code). */
  async agenciesByCode(manager: EntityManager, codes: readonly string[]) {
    const rows = await manager.query<{ id: string; code: string }[]>(
      `SELECT DISTINCT ON (code) id, code FROM agency WHERE code = ANY($1::text[])
       ORDER BY code, valid_from DESC`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }
}
