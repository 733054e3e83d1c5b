import { AgencyLevel } from './agency-enums';
import { AgencyErrorCode, type AgencyViolation, violation } from './agency-errors';
import { checkInterval, checkWithinParent, type ValidityInterval } from './agency-validity';

/**
 * Last day of the district level (quận, huyện, thị xã): two-tier local government from 1/7/2025
 * (Luật Tổ chức chính quyền địa phương 2025; for Hà Nội, Nghị quyết 1656/NQ-UBTVQH15) — DOMAIN.md §0.1.
 */
export const DISTRICT_LEVEL_LAST_DAY = '2025-06-30';

const RANK: Record<AgencyLevel, number> = {
  [AgencyLevel.Province]: 0,
  [AgencyLevel.District]: 1,
  [AgencyLevel.Commune]: 2,
};

export interface PlacedUnit extends ValidityInterval {
  level: AgencyLevel;
}

/** Names of the request fields, so that a violation names the one the client sent. */
export interface PlacementFields {
  level: string;
  parentId: string;
  validFrom: string;
  validTo: string;
}

export const PLACEMENT_FIELDS: PlacementFields = {
  level: 'level',
  parentId: 'parentId',
  validFrom: 'validFrom',
  validTo: 'validTo',
};

/** Two-tier government: no district-level unit is in force from 1/7/2025 (DOMAIN.md §0.1, §1.2). */
export function checkLevelInForce(
  unit: PlacedUnit,
  fields: PlacementFields,
): AgencyViolation | null {
  if (unit.level !== AgencyLevel.District) return null;
  if (unit.validFrom > DISTRICT_LEVEL_LAST_DAY) {
    return violation(AgencyErrorCode.LevelAbolished, fields.level, 'districtLevelAbolished');
  }
  if (unit.validTo === null || unit.validTo > DISTRICT_LEVEL_LAST_DAY) {
    return violation(AgencyErrorCode.LevelAbolished, fields.validTo, 'districtLevelAbolished');
  }
  return null;
}

/** A root is a province; a child sits at its parent's level or below (DOMAIN.md §1.2). */
export function checkParentLevel(
  unit: PlacedUnit,
  parent: PlacedUnit | null,
  fields: PlacementFields,
): AgencyViolation | null {
  if (parent === null) {
    return unit.level === AgencyLevel.Province
      ? null
      : violation(AgencyErrorCode.InvalidParent, fields.parentId, 'rootMustBeProvince');
  }
  if (RANK[unit.level] < RANK[parent.level]) {
    return violation(AgencyErrorCode.InvalidParent, fields.level, 'levelAboveParent');
  }
  return null;
}

/** Every rule a new unit must satisfy where it is placed in the tree, first violation wins. */
export function checkPlacement(
  unit: PlacedUnit,
  parent: PlacedUnit | null,
  fields: PlacementFields = PLACEMENT_FIELDS,
): AgencyViolation | null {
  return (
    checkInterval(unit, fields.validTo) ??
    checkParentLevel(unit, parent, fields) ??
    checkLevelInForce(unit, fields) ??
    (parent === null ? null : checkWithinParent(unit, parent, fields))
  );
}
