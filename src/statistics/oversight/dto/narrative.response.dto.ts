import type { PeriodConvention } from '../../domain/report-period';
import type { NarrativeSections } from '../domain/narrative-sections';

/** The saved texts of one report; `version` 0 when nothing was saved yet. */
export interface NarrativeResponseDto {
  agencyId: string;
  period: { from: string; to: string; convention: PeriodConvention };
  sections: NarrativeSections;
  signerName: string | null;
  signerTitle: string | null;
  documentNumber: number | null;
  recipients: string[];
  version: number;
  updatedAt: string | null;
}
