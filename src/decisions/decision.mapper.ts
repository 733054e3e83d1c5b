import {
  complaintOutcomeLabelsVi,
  denunciationOutcomeLabelsVi,
  enforcementTypeLabelsVi,
} from '../common/i18n/decision-labels.vi';
import { issuedDocumentKindLabelsVi } from '../common/i18n/resolution-labels.vi';
import { toExplanationStep } from '../legal/legal.mapper';
import type { DecisionMeasureEntity } from './decision-measure.entity';
import type { DecisionWithMeasures } from './decisions.repository';
import type { DecisionResponseDto, MeasureResponseDto } from './dto/decision.response.dto';
import { DecisionOutcome } from './domain/decision-outcome';

export function toMeasureResponse(m: DecisionMeasureEntity): MeasureResponseDto {
  return {
    type: m.type,
    typeLabel: enforcementTypeLabelsVi[m.type],
    amount: m.amount,
    area: m.area,
    collectives: m.collectives,
    persons: m.persons,
    officials: m.officials,
    beneficiaries: m.beneficiaries,
    description: m.note,
  };
}

/** Vietnamese label of an outcome: denunciations say "Tố cáo …", complaints "Khiếu nại …". */
export function outcomeLabelOf(proceedingType: string, outcome: DecisionOutcome): string {
  if (
    proceedingType === 'denunciation' &&
    outcome !== DecisionOutcome.UpheldFirst &&
    outcome !== DecisionOutcome.AnnulledOrAmendedFirst
  ) {
    return denunciationOutcomeLabelsVi[outcome];
  }
  return complaintOutcomeLabelsVi[outcome];
}

/** Whitelists a decision for a response (no signer id, no register internals). */
export function toDecisionResponse({
  decision: d,
  measures,
}: DecisionWithMeasures): DecisionResponseDto {
  const response: DecisionResponseDto = {
    id: d.id,
    kind: d.kind,
    kindLabel: issuedDocumentKindLabelsVi[d.kind] ?? d.kind,
    numberSymbol: d.numberSymbol,
    issuedOn: d.issuedOn,
    signerName: d.signerName,
    signerTitle: d.signerTitle,
    outcome: d.outcome,
    contentConclusion: d.contentConclusion,
    isDeliberatelyFalse: d.isDeliberatelyFalse,
    reasoning: d.reasoning,
    legalEffectOn: d.legalEffectOn,
    legalEffectExplanation: (d.legalEffectExplanation ?? []).map(toExplanationStep),
    timeliness: d.timeliness,
    dueOn: d.dueOn,
    measures: measures.map(toMeasureResponse),
  };
  if (d.outcome) response.outcomeLabel = outcomeLabelOf(d.proceedingType, d.outcome);
  return response;
}
