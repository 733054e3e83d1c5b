import { compareLocalDates, type LocalDate } from '../../legal/domain/local-date';
import { ComplaintErrorCode, type ComplaintViolation, violation } from './complaint-errors';

/** One unit of the agency tree on the way up from a resolving unit (itself first). */
export interface AgencyLink {
  id: string;
  /** AgencyKind: people_committee, inspectorate, reception_board, department, other. */
  kind: string;
  /** Last day in force (inclusive); null = still in force. */
  validTo: LocalDate | null;
}

// Units that work for the People's Committee of their level rather than deciding in their own name:
// the inspectorate verifies and recommends on complaints the chairperson assigns (Luật KN 2011
// Đ25; DOMAIN §1.1) and the reception board sits in the committee's office. A proceeding they
// handle is resolved by the chairperson of their parent committee.
const WORKS_FOR_PARENT: ReadonlySet<string> = new Set(['inspectorate', 'reception_board']);

/** Index in `chain` of the body whose head resolves: the unit, or the committee it works for. */
function resolverIndex(chain: readonly AgencyLink[]): number {
  const i = chain.findIndex((a) => !WORKS_FOR_PARENT.has(a.kind));
  return i === -1 ? chain.length - 1 : i;
}

/** The body whose head resolves a proceeding of the first unit of `chain`. */
export function resolvingBodyOf(chain: readonly AgencyLink[]): string | null {
  return chain[resolverIndex(chain)]?.id ?? null;
}

const inForce = (a: AgencyLink, on: LocalDate) =>
  a.validTo === null || compareLocalDates(a.validTo, on) >= 0;

/**
 * The directly superior body (cơ quan hành chính cấp trên trực tiếp) of the round-1 resolver:
 * the first resolving body above it still in force on `on` — a district closed on 30/6/2025 is
 * passed over, its communes' decisions going to the city from 1/7/2025 (DOMAIN §1.3). null when
 * the tree holds no superior (round 1 at the top: a minister's or the Government's matter).
 */
export function directSuperiorOf(chain: readonly AgencyLink[], on: LocalDate): string | null {
  for (let i = resolverIndex(chain) + 1; i < chain.length; i += 1) {
    const unit = chain[i] as AgencyLink;
    if (!WORKS_FOR_PARENT.has(unit.kind) && inForce(unit, on)) return unit.id;
  }
  return null;
}

/**
 * Luật KN 2011 Đ33 (Đ18, Đ20, Đ21 for who decides round 2): the second-time complaint goes to the
 * head of the directly superior body of the round-1 resolver — e.g. round 1 by a ward chairperson,
 * round 2 by the city chairperson (through the city's units: its inspectorate verifies for it).
 */
export function secondRoundAgencyViolation(
  firstRound: readonly AgencyLink[],
  secondRound: readonly AgencyLink[],
  on: LocalDate,
): ComplaintViolation | null {
  const superior = directSuperiorOf(firstRound, on);
  if (superior !== null && resolvingBodyOf(secondRound) === superior) return null;
  return violation(
    ComplaintErrorCode.SecondRoundWrongAgency,
    'firstRoundId',
    'secondRoundWrongAgency',
  );
}
