import { workingDays } from './demo-calendar';
import { ACTIVE_2017 } from './published-figures';
import type { SeededRandom } from './random';

// The visits and petitions of 2017 that do not open a proceeding of the scenario.

export type GenericContent = 'complaint' | 'denunciation' | 'petition' | 'feedback';

export interface VisitSpec {
  day: string;
  unit: number;
  persons: number;
  outcome: 'received_for_handling' | 'explained' | 'guided';
  content: GenericContent;
  /** Index of an earlier visit of the same matter at the same unit (a repeat visit), or null. */
  repeatOf: number | null;
  headPresiding: boolean;
}

export interface PetitionSpec {
  day: string;
  unit: number;
  content: GenericContent;
  source: 'post' | 'online' | 'press';
  anonymous: boolean;
}

const CONTENTS: readonly [GenericContent, number][] = [
  ['complaint', 0.45],
  ['denunciation', 0.12],
  ['petition', 0.28],
  ['feedback', 0.15],
];

function content(rng: SeededRandom): GenericContent {
  let x = rng.next();
  for (const [c, p] of CONTENTS) if ((x -= p) < 0) return c;
  return 'feedback';
}

export interface VisitCounts {
  total: number;
  delegations: number;
  receivedForHandling: number;
}

/** `units` holds each visit's unit (already allocated); days are spread over 2017's working days. */
export function planVisits(
  c: VisitCounts,
  units: readonly number[],
  rng: SeededRandom,
): VisitSpec[] {
  const days = workingDays(ACTIVE_2017.first, ACTIVE_2017.last);
  const marks = rng.shuffle([...Array(c.total).keys()]);
  const delegation = new Set(marks.slice(0, c.delegations));
  const handling = new Set(marks.slice(c.delegations, c.delegations + c.receivedForHandling));
  const visits = units
    .map((unit, i): VisitSpec => ({
      day: rng.pick(days),
      unit,
      persons: delegation.has(i) ? rng.int(5, 30) : rng.next() < 0.1 ? 2 : 1,
      outcome: handling.has(i)
        ? 'received_for_handling'
        : rng.next() < 0.7
          ? 'explained'
          : 'guided',
      content: content(rng),
      repeatOf: null,
      headPresiding: rng.next() < 0.08,
    }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  // about one visit in six comes back about a matter seen on an earlier day at the same desk
  const earlier = new Map<number, number[]>();
  let dayStart = 0;
  visits.forEach((v, i) => {
    if (i > 0 && v.day !== visits[i - 1]!.day) {
      for (let j = dayStart; j < i; j += 1) {
        const w = visits[j]!;
        if (w.persons < 5 && w.repeatOf === null) {
          const list = earlier.get(w.unit) ?? [];
          list.push(j);
          earlier.set(w.unit, list);
        }
      }
      dayStart = i;
    }
    const pool = earlier.get(v.unit);
    if (pool && v.persons < 5 && rng.next() < 0.17) {
      const k = rng.pick(pool);
      visits[i] = { ...v, repeatOf: k, content: visits[k]!.content };
    }
  });
  return visits;
}

export function planPetitions(units: readonly number[], rng: SeededRandom): PetitionSpec[] {
  const days = workingDays(ACTIVE_2017.first, ACTIVE_2017.last);
  return units
    .map((unit): PetitionSpec => {
      const c = content(rng);
      const source = rng.next() < 0.85 ? 'post' : rng.next() < 0.8 ? 'online' : 'press';
      return {
        day: rng.pick(days),
        unit,
        content: c,
        source,
        anonymous: c === 'denunciation' && rng.next() < 0.15,
      };
    })
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
