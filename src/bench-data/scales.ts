/** Dataset sizes of DESIGN.md §10 (`bench:data --scale …`); events and audit rows follow from them. */
export interface BenchScale {
  name: 'tiny' | 'city' | 'nation';
  petitions: number;
  visits: number;
  /** Years of data ending with the current month (default; `--years` overrides). */
  years: number;
}

export const BENCH_SCALES: Readonly<Record<BenchScale['name'], BenchScale>> = {
  tiny: { name: 'tiny', petitions: 2_000, visits: 2_000, years: 10 },
  city: { name: 'city', petitions: 1_000_000, visits: 1_000_000, years: 10 },
  nation: { name: 'nation', petitions: 5_000_000, visits: 4_000_000, years: 10 },
};

export function benchScale(name: string): BenchScale {
  const scale = (BENCH_SCALES as Record<string, BenchScale | undefined>)[name];
  if (!scale) throw new Error(`unknown scale "${name}" (tiny, city, nation)`);
  return scale;
}

export interface BenchMonth {
  index: number;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day (or the generation's "today" in the current month). */
  to: string;
  days: number;
  petitions: number;
  visits: number;
  /** Rows already generated before this month (global indexes). */
  petitionBase: number;
  visitBase: number;
  personBase: number;
  persons: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Months from January of (today's year − years + 1) to today's month; the totals are spread
 * evenly with a mild seasonal wave (more before Tết and in the autumn), summing exactly.
 */
export function benchMonths(scale: BenchScale, years: number, today: string): BenchMonth[] {
  const end = new Date(`${today}T00:00:00Z`);
  const firstYear = end.getUTCFullYear() - years + 1;
  const starts: Date[] = [];
  for (let d = new Date(Date.UTC(firstYear, 0, 1)); d <= end;) {
    starts.push(d);
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  const weights = starts.map((d) => 1 + 0.15 * Math.cos(((d.getUTCMonth() - 0.5) * Math.PI) / 6));
  const total = weights.reduce((a, b) => a + b, 0);
  const share = (n: number) => {
    let acc = 0;
    return weights.map((w) => {
      const before = Math.floor((acc * n) / total);
      acc += w;
      return Math.floor((acc * n) / total) - before;
    });
  };
  const petitions = share(scale.petitions);
  const visits = share(scale.visits);
  let petitionBase = 0;
  let visitBase = 0;
  let personBase = 0;
  return starts.map((start, index) => {
    const last = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
    const to = last > end ? end : last;
    const persons = Math.max(6, Math.ceil(0.6 * (petitions[index]! + visits[index]!)));
    const month: BenchMonth = {
      index,
      from: iso(start),
      to: iso(to),
      days: to.getUTCDate(),
      petitions: petitions[index]!,
      visits: visits[index]!,
      petitionBase,
      visitBase,
      personBase,
      persons,
    };
    petitionBase += month.petitions;
    visitBase += month.visits;
    personBase += persons;
    return month;
  });
}
