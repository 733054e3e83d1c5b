import type { DenunciationChecklist } from './denunciation-records';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import {
  type BaseCondition,
  DenunciationCondition,
  type DenunciationAcceptanceEvaluation,
} from './domain/denunciation-acceptance';
import type { DenunciationChecklistInputDto } from './dto/denunciation-intake.dto';

/**
 * The conditions as the law reads them for this denunciation: a petition without the denouncer's
 * name and address is not in the form of Điều 23 (Luật TC 2018 Đ25 k1), whatever was ticked.
 */
export function conditionsOf(
  d: DenunciationResolutionEntity,
  dto: DenunciationChecklistInputDto,
): Record<BaseCondition, boolean> {
  const conditions = { ...dto.conditions };
  if (d.isAnonymous) conditions[DenunciationCondition.ProperForm] = false;
  return conditions;
}

/** The checklist recorded on the proceeding (jsonb). */
export function checklistColumn(
  evaluation: DenunciationAcceptanceEvaluation,
  conditions: Record<BaseCondition, boolean>,
  dto: DenunciationChecklistInputDto,
): string {
  const checklist: DenunciationChecklist = {
    conditions,
    arisesFromResolvedComplaint: dto.arisesFromResolvedComplaint === true,
    failedConditions: evaluation.failedConditions,
    route: evaluation.route,
    evaluatedOn: evaluation.evaluatedOn,
  };
  return JSON.stringify(checklist);
}
