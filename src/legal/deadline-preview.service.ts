import { Injectable } from '@nestjs/common';

import {
  DeadlineService,
  type DeadlineComputation,
  type DeadlineRequest,
} from './deadline.service';
import type { DeadlinePreviewQueryDto } from './dto/deadline-preview.query.dto';
import type { DeadlinePreviewResponseDto } from './dto/deadline-preview.response.dto';
import type { Suspension } from './domain/deadline-engine';
import { deadlineInvalid } from './domain/legal-errors';
import { legalMessagesVi } from '../common/i18n/legal-messages.vi';
import { toExplanationStep } from './legal.mapper';

const SUSPENSION_FIELD = /^suspensions\[(\d+)\]\.(from|to)$/;

/** Engine field → query parameter: `suspensions[1].to` → `resumedOn.1`. */
export function previewFieldOf(engineField: string): string {
  const m = SUSPENSION_FIELD.exec(engineField);
  if (!m) return engineField;
  return `${m[2] === 'from' ? 'suspendedFrom' : 'resumedOn'}.${m[1] ?? '0'}`;
}

/** `suspendedFrom[i]` pairs with `resumedOn[i]`; the last suspension may still be running. */
function suspensionsOf(q: DeadlinePreviewQueryDto): Suspension[] {
  const from = q.suspendedFrom ?? [];
  const to = q.resumedOn ?? [];
  if (to.length > from.length) {
    throw deadlineInvalid('resumedOn', legalMessagesVi.resumedWithoutSuspension);
  }
  return from.map((f, i) => ({ from: f, to: to[i] ?? null }));
}

export function toDeadlinePreviewResponse(
  c: DeadlineComputation,
  start: string,
): DeadlinePreviewResponseDto {
  const response: DeadlinePreviewResponseDto = {
    dueOn: c.result.dueOn,
    start,
    totalDays: c.result.totalDays,
    rule: {
      key: c.rule.key,
      version: c.rule.version,
      title: c.rule.title,
      value: c.value,
      unit: c.result.unit,
      legalBasis: c.rule.legalBasis,
    },
    explanation: c.result.explanation.map(toExplanationStep),
    warnings: c.warnings,
  };
  if (c.result.remainingDays !== undefined) response.remainingDays = c.result.remainingDays;
  return response;
}

/** GET /legal/deadlines/preview: the due date of a rule from a start date, explained. */
@Injectable()
export class DeadlinePreviewService {
  constructor(private readonly deadlines: DeadlineService) {}

  async preview(q: DeadlinePreviewQueryDto): Promise<DeadlinePreviewResponseDto> {
    const request: DeadlineRequest = {
      ruleKey: q.rule,
      start: q.start,
      complex: q.complex ?? false,
      remote: q.remote ?? false,
      extensions: q.extensions ?? 0,
      suspensions: suspensionsOf(q),
    };
    const computed = await this.deadlines.compute(request, { fieldOf: previewFieldOf });
    return toDeadlinePreviewResponse(computed, q.start);
  }
}
