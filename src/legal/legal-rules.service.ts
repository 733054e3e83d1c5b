import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { Clock } from '../common/time/clock';
import { ExpiringCache } from '../common/time/expiring-cache';
import type { LegalRulesInForceResponseDto } from './dto/legal-rule.response.dto';
import { legalRuleNotInForce, legalRuleUnknown } from './domain/legal-errors';
import { type LegalRuleVersion, selectRuleVersion } from './domain/legal-rule';
import type { LocalDate } from './domain/local-date';
import type { LegalRuleEntity } from './legal-rule.entity';
import { toLegalRuleResponse, toLegalRuleVersion } from './legal.mapper';
import { LegalRulesRepository } from './legal-rules.repository';

export interface RuleSelection {
  manager?: EntityManager;
  /** Request fields named in a 400: the rule key and the date (defaults `rule`, `start`). */
  keyField?: string;
  dateField?: string;
}

/** 'D2' before 'D10'. */
const byKey = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function inForce(entities: readonly LegalRuleEntity[], key: string, on: LocalDate) {
  const chosen = selectRuleVersion(entities.map(toLegalRuleVersion), key, on);
  return chosen ? entities.find((e) => e.key === key && e.version === chosen.version) : undefined;
}

/**
 * Versions read in this process stay valid until a version is added here (invalidate()); the
 * TTL (real time) bounds how long another app replica keeps them (the calendar's policy,
 * docs/legal.md).
 */
export const RULES_CACHE_TTL_MS = 5 * 60_000;

/** Reads the versioned deadline rules (DESIGN §4). New versions: LegalRuleVersionsService. */
@Injectable()
export class LegalRulesService {
  private readonly cache = new ExpiringCache<Map<string, LegalRuleVersion[]>>(RULES_CACHE_TTL_MS);

  constructor(
    private readonly rules: LegalRulesRepository,
    private readonly clock: Clock,
  ) {}

  /** Every rule's version in force on `on` (default: today in Việt Nam). */
  async listInForce(on?: LocalDate): Promise<LegalRulesInForceResponseDto> {
    const date = on ?? this.clock.today();
    const all = await this.rules.listAll();
    const keys = [...new Set(all.map((r) => r.key))].sort(byKey);
    const items = keys.flatMap((key) => {
      const rule = inForce(all, key, date);
      return rule ? [toLegalRuleResponse(rule)] : [];
    });
    return { on: date, items };
  }

  /**
   * Every version of every rule: the `rules` of a domain RuleSource (decisions/domain). From the
   * cache; a miss reads through `manager` when given (no second connection for a transaction).
   */
  async allVersions(manager?: EntityManager): Promise<LegalRuleVersion[]> {
    return [...(await this.versionsByKey(manager)).values()].flat();
  }

  /** The version of `key` in force on `onDate`; 400 LEGAL_RULE_UNKNOWN / _NOT_IN_FORCE otherwise. */
  async selectFor(
    key: string,
    onDate: LocalDate,
    options: RuleSelection = {},
  ): Promise<LegalRuleVersion> {
    const versions = (await this.versionsByKey(options.manager)).get(key) ?? [];
    if (versions.length === 0) throw legalRuleUnknown(key, options.keyField ?? 'rule');
    const chosen = selectRuleVersion(versions, key, onDate);
    if (!chosen) throw legalRuleNotInForce(key, onDate, options.dateField ?? 'start');
    return chosen;
  }

  /** Called after a new rule version commits. */
  invalidate(): void {
    this.cache.clear();
  }

  /**
   * Rule versions change only through LegalRuleVersionsService (which reads them locked, not from
   * here), so a load through any transaction sees what is committed and may be cached.
   */
  private versionsByKey(manager?: EntityManager): Promise<Map<string, LegalRuleVersion[]>> {
    return this.cache.get('all', async () => {
      const byKey = new Map<string, LegalRuleVersion[]>();
      for (const entity of await this.rules.listAll(manager)) {
        const version = toLegalRuleVersion(entity);
        byKey.set(version.key, [...(byKey.get(version.key) ?? []), version]);
      }
      return byKey;
    });
  }
}
