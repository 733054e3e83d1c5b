import { unitCode } from '../agencies/domain/agency-code';
import {
  HANOI_CITY_CODE,
  HANOI_INSPECTORATE,
  HANOI_RECEPTION_BOARD,
} from '../agencies/seed/hanoi-agencies';
import { seedAgencyId } from '../agencies/seed/seed-id';

export type DemoUnitKind = 'reception_board' | 'inspectorate' | 'district';

export interface DemoUnit {
  code: string;
  id: string;
  name: string;
  kind: DemoUnitKind;
  /** Population in thousands (2019 census, rounded): bigger districts get more records. */
  population: number;
}

// The 30 district-level units of 2017 (seeded by migrations, valid until 30/6/2025).
const DISTRICT_POPULATION: readonly (readonly [string, number])[] = [
  ['Quận Ba Đình', 226],
  ['Quận Hoàn Kiếm', 135],
  ['Quận Tây Hồ', 160],
  ['Quận Long Biên', 322],
  ['Quận Cầu Giấy', 292],
  ['Quận Đống Đa', 372],
  ['Quận Hai Bà Trưng', 304],
  ['Quận Hoàng Mai', 506],
  ['Quận Thanh Xuân', 293],
  ['Quận Nam Từ Liêm', 264],
  ['Quận Bắc Từ Liêm', 334],
  ['Quận Hà Đông', 398],
  ['Thị xã Sơn Tây', 146],
  ['Huyện Ba Vì', 305],
  ['Huyện Chương Mỹ', 347],
  ['Huyện Đan Phượng', 185],
  ['Huyện Đông Anh', 384],
  ['Huyện Gia Lâm', 292],
  ['Huyện Hoài Đức', 257],
  ['Huyện Mê Linh', 241],
  ['Huyện Mỹ Đức', 204],
  ['Huyện Phú Xuyên', 228],
  ['Huyện Phúc Thọ', 194],
  ['Huyện Quốc Oai', 200],
  ['Huyện Sóc Sơn', 344],
  ['Huyện Thạch Thất', 210],
  ['Huyện Thanh Oai', 216],
  ['Huyện Thanh Trì', 287],
  ['Huyện Thường Tín', 254],
  ['Huyện Ứng Hòa', 211],
];

function unit(code: string, name: string, kind: DemoUnitKind, population: number): DemoUnit {
  return { code, id: seedAgencyId(code), name, kind, population };
}

/** The city reception board, the city inspectorate, then the 30 districts. */
export function demoUnits(): DemoUnit[] {
  return [
    unit(HANOI_RECEPTION_BOARD.code, HANOI_RECEPTION_BOARD.name, 'reception_board', 0),
    unit(HANOI_INSPECTORATE.code, HANOI_INSPECTORATE.name, 'inspectorate', 0),
    ...DISTRICT_POPULATION.map(([name, population]) =>
      unit(unitCode(HANOI_CITY_CODE, name), name, 'district', population),
    ),
  ];
}

/** Share of each kind of unit in one kind of record; districts split theirs by population. */
export interface UnitShares {
  receptionBoard: number;
  inspectorate: number;
}

export function unitWeights(units: readonly DemoUnit[], shares: UnitShares): number[] {
  const people = units.reduce((a, u) => a + u.population, 0);
  const districts = 1 - shares.receptionBoard - shares.inspectorate;
  return units.map((u) => {
    if (u.kind === 'reception_board') return shares.receptionBoard;
    if (u.kind === 'inspectorate') return shares.inspectorate;
    return (districts * u.population) / people;
  });
}

export const SHARES = {
  visits: { receptionBoard: 0.22, inspectorate: 0.03 },
  petitions: { receptionBoard: 0.12, inspectorate: 0.1 },
  proceedings: { receptionBoard: 0, inspectorate: 0.08 },
} as const;
