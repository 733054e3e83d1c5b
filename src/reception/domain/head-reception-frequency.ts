import { AgencyKind, AgencyLevel } from '../../agencies/domain/agency-enums';

/** The calendar unit a head's minimum reception frequency is counted in. */
export type FrequencyUnit = 'month' | 'week';

/** D17 (DOMAIN.md §2.1, §11): the least number of reception days of the head per unit. */
export interface HeadReceptionObligation {
  unit: FrequencyUnit;
  minDays: number;
  /** The article that sets it. */
  legalBasis: string;
}

const OBLIGATIONS = {
  // Luật TCD 2013 Điều 12 khoản 5: Chủ tịch UBND cấp tỉnh tiếp ít nhất 1 ngày trong 1 tháng.
  province: { unit: 'month', minDays: 1, legalBasis: 'Luật Tiếp công dân 2013, Điều 12 khoản 5' },
  // Luật TCD 2013 Điều 13 khoản 5: Chủ tịch UBND cấp huyện tiếp ít nhất 2 ngày trong 1 tháng.
  district: { unit: 'month', minDays: 2, legalBasis: 'Luật Tiếp công dân 2013, Điều 13 khoản 5' },
  // Luật TCD 2013 Điều 15 khoản 2 điểm d: Chủ tịch UBND cấp xã tiếp ít nhất 1 ngày trong 1 tuần.
  commune: { unit: 'week', minDays: 1, legalBasis: 'Luật Tiếp công dân 2013, Điều 15 khoản 2' },
  // Luật TCD 2013 Điều 18; NĐ 64/2014 Điều 4 khoản 2: thủ trưởng cơ quan ít nhất 1 ngày trong 1 tháng.
  agencyHead: {
    unit: 'month',
    minDays: 1,
    legalBasis: 'Luật Tiếp công dân 2013, Điều 18; Nghị định 64/2014/NĐ-CP, Điều 4 khoản 2',
  },
} as const satisfies Record<string, HeadReceptionObligation>;

/**
 * The minimum for the head of an agency: the chair of a people's committee by its level; the head
 * of any other agency (inspectorate, department, reception board …) one day a month.
 */
export function headReceptionObligation(
  level: AgencyLevel,
  kind: AgencyKind,
): HeadReceptionObligation {
  if (kind !== AgencyKind.PeopleCommittee) return OBLIGATIONS.agencyHead;
  switch (level) {
    case AgencyLevel.Province:
      return OBLIGATIONS.province;
    case AgencyLevel.District:
      return OBLIGATIONS.district;
    case AgencyLevel.Commune:
      return OBLIGATIONS.commune;
  }
}
