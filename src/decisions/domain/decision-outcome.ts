import type { FieldError } from '../../common/errors/error-body';
import { decisionMessagesVi as m } from '../../common/i18n/resolution-messages.vi';

/** The document that ends a proceeding (DESIGN §2 `Decision`). */
export enum DecisionKind {
  /** Quyết định giải quyết khiếu nại lần đầu (Luật Khiếu nại 2011, Điều 31). */
  ComplaintFirstRound = 'complaint_first_round',
  /** Quyết định giải quyết khiếu nại lần hai (Luật Khiếu nại 2011, Điều 40). */
  ComplaintSecondRound = 'complaint_second_round',
  /** Kết luận nội dung tố cáo (Luật Tố cáo 2018, Điều 35). */
  DenunciationConclusion = 'denunciation_conclusion',
}

/** DOMAIN §4.7, §5.5, §12 ComplaintConclusion / DenunciationConclusion. */
export enum DecisionOutcome {
  Right = 'right',
  PartlyRight = 'partly_right',
  Wrong = 'wrong',
  UpheldFirst = 'upheld_first',
  AnnulledOrAmendedFirst = 'annulled_or_amended_first',
}

export const DECISION_KINDS: readonly DecisionKind[] = Object.values(DecisionKind);
export const DECISION_OUTCOMES: readonly DecisionOutcome[] = Object.values(DecisionOutcome);

/** Right / partly right / wrong: the conclusion on the content of a complaint or denunciation. */
export const CONTENT_CONCLUSIONS: readonly DecisionOutcome[] = [
  DecisionOutcome.Right,
  DecisionOutcome.PartlyRight,
  DecisionOutcome.Wrong,
];

export const OUTCOMES_BY_KIND: Readonly<Record<DecisionKind, readonly DecisionOutcome[]>> = {
  // Luật KN 2011 Đ31: khiếu nại đúng, đúng một phần hoặc sai toàn bộ
  [DecisionKind.ComplaintFirstRound]: CONTENT_CONCLUSIONS,
  // 01/KQGQ: công nhận quyết định giải quyết lần đầu / hủy, sửa quyết định giải quyết lần đầu
  [DecisionKind.ComplaintSecondRound]: [
    DecisionOutcome.UpheldFirst,
    DecisionOutcome.AnnulledOrAmendedFirst,
  ],
  // Luật TC 2018 Đ35: tố cáo đúng, đúng một phần hoặc tố cáo sai
  [DecisionKind.DenunciationConclusion]: CONTENT_CONCLUSIONS,
};

export interface DecisionOutcomeInput {
  kind: DecisionKind;
  outcome: DecisionOutcome;
  /** Round 2 only, optional: right / partly right / wrong on the content (DOMAIN §4.7 [M]). */
  contentConclusion?: DecisionOutcome | null;
  /** Cố ý tố cáo sai sự thật: denunciation conclusions only, and only with `wrong`. */
  deliberatelyFalse?: boolean;
}

function problem(field: string, code: string, message: string): FieldError {
  return { field, code, message };
}

function contentConclusionProblems(input: DecisionOutcomeInput): FieldError[] {
  const value = input.contentConclusion ?? null;
  if (value === null) return [];
  if (input.kind !== DecisionKind.ComplaintSecondRound) {
    return [problem('contentConclusion', 'onlyForSecondRound', m.contentConclusionOnlyRound2)];
  }
  if (!CONTENT_CONCLUSIONS.includes(value)) {
    return [problem('contentConclusion', 'notAConclusion', m.contentConclusionInvalid)];
  }
  return [];
}

function deliberatelyFalseProblems(input: DecisionOutcomeInput): FieldError[] {
  if (input.deliberatelyFalse !== true) return [];
  if (input.kind !== DecisionKind.DenunciationConclusion) {
    return [
      problem('deliberatelyFalse', 'onlyForDenunciation', m.deliberatelyFalseOnlyDenunciation),
    ];
  }
  // Luật TC 2018 Đ35 k1: kết luận cố ý tố cáo sai sự thật only where the denunciation is wrong
  if (input.outcome !== DecisionOutcome.Wrong) {
    return [problem('deliberatelyFalse', 'onlyWithWrong', m.deliberatelyFalseOnlyWrong)];
  }
  return [];
}

/** Field-level problems of an outcome for a kind of decision; empty when it is consistent. */
export function validateOutcome(input: DecisionOutcomeInput): FieldError[] {
  const allowed = OUTCOMES_BY_KIND[input.kind] ?? [];
  const outcome = allowed.includes(input.outcome)
    ? []
    : [problem('outcome', 'notForKind', m.outcomeNotForKind)];
  return [...outcome, ...contentConclusionProblems(input), ...deliberatelyFalseProblems(input)];
}
