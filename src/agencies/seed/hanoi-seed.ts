import { unitCode, peopleCommitteeName } from '../domain/agency-code';
import { AgencyKind, AgencyLevel, SuccessionKind } from '../domain/agency-enums';
import {
  COMMUNES_2025_FIRST_DAY,
  DISTRICT_FIRST_DAY_EXCEPTIONS,
  DISTRICTS_LAST_DAY,
  HANOI_CITY_CODE,
  HANOI_CITY_UNIT,
  HANOI_CITY_VALID_FROM,
  HANOI_COMMUNES_2025_BY_DISTRICT,
  HANOI_INSPECTORATE,
  HANOI_RECEPTION_BOARD,
  TU_LIEM_SPLIT,
} from './hanoi-agencies';
import { seedAgencyId } from './seed-id';

export interface SeedAgency {
  id: string;
  code: string;
  name: string;
  level: AgencyLevel;
  kind: AgencyKind;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface SeedSuccession {
  predecessorId: string;
  successorId: string;
  effectiveOn: string;
  kind: SuccessionKind;
}

export interface AgencySeed {
  agencies: SeedAgency[];
  successions: SeedSuccession[];
}

const CITY_ID = seedAgencyId(HANOI_CITY_CODE);

function cityUnits(): SeedAgency[] {
  const base = { parentId: CITY_ID, level: AgencyLevel.Province, validTo: null };
  return [
    {
      id: CITY_ID,
      code: HANOI_CITY_CODE,
      name: peopleCommitteeName(HANOI_CITY_UNIT),
      level: AgencyLevel.Province,
      kind: AgencyKind.PeopleCommittee,
      parentId: null,
      validFrom: HANOI_CITY_VALID_FROM,
      validTo: null,
    },
    {
      ...base,
      ...HANOI_INSPECTORATE,
      id: seedAgencyId(HANOI_INSPECTORATE.code),
      kind: AgencyKind.Inspectorate,
      validFrom: HANOI_CITY_VALID_FROM,
    },
    {
      ...base,
      ...HANOI_RECEPTION_BOARD,
      id: seedAgencyId(HANOI_RECEPTION_BOARD.code),
      kind: AgencyKind.ReceptionBoard,
    },
  ];
}

/** A People's Committee directly under the city. */
function committee(unit: string, level: AgencyLevel, validFrom: string, validTo: string | null) {
  const code = unitCode(HANOI_CITY_CODE, unit);
  const kind = AgencyKind.PeopleCommittee;
  const name = peopleCommitteeName(unit);
  return { id: seedAgencyId(code), code, name, level, kind, parentId: CITY_ID, validFrom, validTo };
}

function districtUnits(): SeedAgency[] {
  const tuLiem = committee(
    TU_LIEM_SPLIT.unit,
    AgencyLevel.District,
    HANOI_CITY_VALID_FROM,
    TU_LIEM_SPLIT.lastDay,
  );
  const districts = Object.keys(HANOI_COMMUNES_2025_BY_DISTRICT).map((unit) => {
    const firstDay = DISTRICT_FIRST_DAY_EXCEPTIONS[unit] ?? HANOI_CITY_VALID_FROM;
    return committee(unit, AgencyLevel.District, firstDay, DISTRICTS_LAST_DAY);
  });
  return [tuLiem, ...districts];
}

function communeUnits(): SeedAgency[] {
  return Object.values(HANOI_COMMUNES_2025_BY_DISTRICT).flatMap((communes) =>
    communes.map(([, unit]) => committee(unit, AgencyLevel.Commune, COMMUNES_2025_FIRST_DAY, null)),
  );
}

function link(predecessorUnit: string, successorUnit: string, effectiveOn: string): SeedSuccession {
  return {
    predecessorId: seedAgencyId(unitCode(HANOI_CITY_CODE, predecessorUnit)),
    successorId: seedAgencyId(unitCode(HANOI_CITY_CODE, successorUnit)),
    effectiveOn,
    kind: SuccessionKind.Split,
  };
}

function successions(): SeedSuccession[] {
  const tuLiem = TU_LIEM_SPLIT.into.map((unit) =>
    link(TU_LIEM_SPLIT.unit, unit, TU_LIEM_SPLIT.effectiveOn),
  );
  const twoTier = Object.entries(HANOI_COMMUNES_2025_BY_DISTRICT).flatMap(([district, communes]) =>
    communes.map(([, unit]) => link(district, unit, COMMUNES_2025_FIRST_DAY)),
  );
  return [...tuLiem, ...twoTier];
}

/** Every seeded row, parents before children, with ids derived from codes (deterministic). */
export function buildHanoiSeed(): AgencySeed {
  return {
    agencies: [...cityUnits(), ...districtUnits(), ...communeUnits()],
    successions: successions(),
  };
}
