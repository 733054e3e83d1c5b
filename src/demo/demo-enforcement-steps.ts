import type { INestApplicationContext } from '@nestjs/common';

import { EnforcementType } from '../decisions/domain/recommended-measures';
import { QuantityUnit } from '../enforcement/domain/enforcement-item';
import type { EnforcementItemView } from '../enforcement/enforcement.mapper';
import { EnforcementService } from '../enforcement/enforcement.service';
import type { UnitTeam } from './demo-officers';
import { TEXT } from './demo-texts.vi';

// Implementation of a decision to the end (thực hiện dứt điểm, DOMAIN §6.2): one progress entry per
// item, through the service the enforcement controller calls.

const MONEY = new Set<string>([
  EnforcementType.RecoverMoney,
  EnforcementType.ReturnMoneyOrg,
  EnforcementType.ReturnMoneyPerson,
]);
const LAND = new Set<string>([
  EnforcementType.RecoverLand,
  EnforcementType.ReturnLandOrg,
  EnforcementType.ReturnLandPerson,
]);

type ItemView = EnforcementItemView;

/** The entry that completes the item: the whole amount, or the measure as recommended. */
function entry(item: ItemView) {
  const r = item.required;
  if (MONEY.has(item.type)) return { amount: item.outstanding!, unit: QuantityUnit.Vnd };
  if (LAND.has(item.type)) return { amount: item.outstanding!, unit: QuantityUnit.SquareMetre };
  if (item.type === EnforcementType.DisciplineOrg) {
    return { measure: TEXT.disciplineMeasure, collectives: r.collectives! };
  }
  if (item.type === EnforcementType.DisciplinePerson) {
    return { measure: TEXT.disciplineMeasure, persons: r.persons! };
  }
  if (item.type === EnforcementType.ReferInvestigation) return { cases: 1, persons: r.persons! };
  return { action: TEXT.progressAction };
}

export class DemoEnforcement {
  private readonly enforcement: EnforcementService;

  constructor(app: INestApplicationContext) {
    this.enforcement = app.get(EnforcementService);
  }

  async complete(team: UnitTeam, decisionId: string, on: string): Promise<void> {
    const view = await this.enforcement.get(team.leader, decisionId);
    for (const item of view.items) {
      await this.enforcement.record({ actor: team.leader, requestId: null }, item.id, {
        version: item.version,
        on,
        documentRef: `BB-${on}`,
        ...entry(item),
      });
    }
  }
}
