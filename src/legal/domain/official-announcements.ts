import type { LocalDate } from './local-date';

// Yearly decisions for civil servants (cán bộ, công chức, viên chức; Saturday and Sunday off) that
// the law leaves to the Prime Minister: which 5 days are Tết and which day next to 2/9 is the second
// Quốc khánh day (Bộ luật Lao động 2019, Điều 112 khoản 3), and swaps of a working day with a
// Saturday (hoán đổi ngày làm việc). Only announcements known with confidence are seeded; the table
// is meant to be edited by administrators each year.
//
// Seeded (year: content — evidence):
// - 2015: Fri 02/01/2015 off, Sat 27/12/2014 worked — press report of the swap; proposal in
//   Tờ trình 89/TTr-LĐTBXH of 20/11/2014.
// - 2017: Tết 26/01–30/01/2017 (29 tháng Chạp – mùng 3), compensatory 31/01 and 01/02 for mùng 1
//   and mùng 2 on the weekend: off 26/01–01/02 (Văn bản 9794/VPCP-KGVX of 14/11/2016, the Prime
//   Minister's approval; announced by the Minister of Labour on 24/11/2016). Corrects the default
//   27/01–02/02 through migration CorrectTetDinhDauCalendarDays1767225694000.
// - 2018: Tết 14/02–20/02/2018 (two days before Tết) — press report of the Government office letter.
// - 2019: Mon 31/12/2018 off, Sat 05/01/2019 worked; Mon 29/04/2019 off, Sat 04/05/2019 worked.
// - 2020: Tết 23/01–29/01/2020 (29 tháng Chạp – mùng 5) — provincial notice quoting Bộ LĐTBXH.
// - 2021: Tết 10/02–16/02/2021; Quốc khánh 02/09 + 03/09/2021.
// - 2022: Quốc khánh 01/09 + 02/09/2022 (from memory of the Bộ LĐTBXH notice; high confidence).
// - 2023: Tết 20/01–26/01/2023 (Deputy Prime Minister's approval); Quốc khánh 01/09 + 02/09/2023,
//   compensatory Mon 04/09 (from memory; high confidence).
// - 2024: Tết 08/02–14/02/2024 and Quốc khánh 31/08–03/09/2024 (Văn bản 8662/VPCP-KGVX,
//   03/11/2023); Mon 29/04/2024 off, Sat 04/05/2024 worked (Văn bản 2450/VPCP-KGVX, 12/4/2024).
// - 2025: Tết 25/01–02/02/2025, legal days Mon 27/01–Fri 31/01 (Văn bản 8726/VPCP-KGVX,
//   26/11/2024); Fri 02/05/2025 off, Sat 26/04/2025 worked; Quốc khánh 01/09 + 02/09/2025.
// - 2026: Fri 02/01/2026 off, Sat 10/01/2026 worked (Văn bản 12729/VPCP-KGVX, 25/12/2025); Tết
//   16/02–20/02/2026; Quốc khánh 01/09 + 02/09/2026, Mon 31/08/2026 off, Sat 22/08/2026 worked
//   (Government office letter of 10/2025).
// Left out (not known with confidence): swaps of 2012–2014, Tết 2012–2016 official spans (the law's
// default pattern is used), 30/4 and 2/9 swaps of 2014–2015, anything from 2027 on. A year without
// a Quốc khánh decision takes defaultNationalDayExtraDay (national-day-default.ts), cited as a default.

export interface TetDecision {
  year: number;
  /** First of the 5 legal Tết days; the default is the last day of the old lunar year. */
  firstDay: LocalDate;
  source: string;
}

export interface NationalDayDecision {
  year: number;
  /** The day next to 2/9 that is the second Quốc khánh day (from 2021). */
  extraDay: LocalDate;
  source: string;
}

export interface WorkdaySwap {
  dayOff: LocalDate;
  makeUpDay: LocalDate;
  occasion: string;
  source: string;
}

const LDTBXH = 'Bộ Lao động – Thương binh và Xã hội';

export const TET_DECISIONS: readonly TetDecision[] = [
  {
    year: 2017,
    firstDay: '2017-01-26', // 29 tháng Chạp; mùng 1, 2 on the weekend → nghỉ bù 31/1, 1/2
    source:
      'Văn bản 9794/VPCP-KGVX ngày 14/11/2016 (Thủ tướng Chính phủ đồng ý lịch nghỉ Tết Âm lịch 2017)',
  },
  {
    year: 2018,
    firstDay: '2018-02-14',
    source: 'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng Chính phủ về nghỉ lễ, Tết năm 2018',
  },
  {
    year: 2020,
    firstDay: '2020-01-23',
    source: `Thông báo của ${LDTBXH} về nghỉ Tết Âm lịch năm 2020`,
  },
  {
    year: 2021,
    firstDay: '2021-02-10',
    source: `Thông báo của ${LDTBXH} về nghỉ Tết Âm lịch và Quốc khánh năm 2021`,
  },
  {
    year: 2023,
    firstDay: '2023-01-20',
    source: `Thông báo của ${LDTBXH} về nghỉ Tết Âm lịch năm 2023 (Phó Thủ tướng Chính phủ đồng ý)`,
  },
  { year: 2024, firstDay: '2024-02-08', source: 'Văn bản 8662/VPCP-KGVX ngày 03/11/2023' },
  { year: 2025, firstDay: '2025-01-27', source: 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024' },
  {
    year: 2026,
    firstDay: '2026-02-16',
    source:
      'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng Chính phủ (10/2025), đề xuất của Bộ Nội vụ',
  },
];

export const NATIONAL_DAY_DECISIONS: readonly NationalDayDecision[] = [
  {
    year: 2021,
    extraDay: '2021-09-03',
    source: `Thông báo của ${LDTBXH} về nghỉ Tết Âm lịch và Quốc khánh năm 2021`,
  },
  {
    year: 2022,
    extraDay: '2022-09-01',
    source: `Thông báo của ${LDTBXH} về nghỉ Tết Âm lịch và Quốc khánh năm 2022`,
  },
  {
    year: 2023,
    extraDay: '2023-09-01',
    source: `Thông báo của ${LDTBXH} về nghỉ Tết Âm lịch và Quốc khánh năm 2023`,
  },
  { year: 2024, extraDay: '2024-09-03', source: 'Văn bản 8662/VPCP-KGVX ngày 03/11/2023' },
  {
    year: 2025,
    extraDay: '2025-09-01',
    source: 'Lịch nghỉ Quốc khánh năm 2025 do Thủ tướng Chính phủ đồng ý',
  },
  {
    year: 2026,
    extraDay: '2026-09-01',
    source:
      'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng Chính phủ (10/2025), đề xuất của Bộ Nội vụ',
  },
];

export const WORKDAY_SWAPS: readonly WorkdaySwap[] = [
  {
    dayOff: '2015-01-02',
    makeUpDay: '2014-12-27',
    occasion: 'Tết Dương lịch 2015',
    source: `Hoán đổi ngày làm việc do Thủ tướng Chính phủ đồng ý (Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014)`,
  },
  {
    dayOff: '2018-12-31',
    makeUpDay: '2019-01-05',
    occasion: 'Tết Dương lịch 2019',
    source: `Thông báo của ${LDTBXH} về nghỉ Tết Dương lịch năm 2019`,
  },
  {
    dayOff: '2019-04-29',
    makeUpDay: '2019-05-04',
    occasion: 'lễ 30/4 và 1/5 năm 2019',
    source: `Thông báo của ${LDTBXH} về nghỉ lễ 30/4 và 1/5 năm 2019`,
  },
  {
    dayOff: '2024-04-29',
    makeUpDay: '2024-05-04',
    occasion: 'lễ 30/4 và 1/5 năm 2024',
    source: 'Văn bản 2450/VPCP-KGVX ngày 12/4/2024',
  },
  {
    dayOff: '2025-05-02',
    makeUpDay: '2025-04-26',
    occasion: 'lễ 30/4 và 1/5 năm 2025',
    source: 'Hoán đổi ngày làm việc dịp 30/4 và 1/5 năm 2025 do Thủ tướng Chính phủ đồng ý',
  },
  {
    dayOff: '2026-01-02',
    makeUpDay: '2026-01-10',
    occasion: 'Tết Dương lịch 2026',
    source: 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025',
  },
  {
    dayOff: '2026-08-31',
    makeUpDay: '2026-08-22',
    occasion: 'Quốc khánh 2026',
    source:
      'Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng Chính phủ (10/2025), đề xuất của Bộ Nội vụ',
  },
];
