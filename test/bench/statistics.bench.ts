import { captureStatements, type CityApp, SqlReplay, timeRuns, verdict } from './city-db';

const WARMUP = 3;
const REQUESTS = 30;

/** Sequential runs of one measurement (fewer for reads of several seconds). */
interface Runs {
  warmup: number;
  requests: number;
}

const SHORT: Runs = { warmup: WARMUP, requests: REQUESTS };

async function getOk(url: string, headers: Record<string, string>): Promise<Buffer> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * One API request against the replay of its own statements (captured from one request, run
 * through bare pg): p50/p95 of both, the bound 1.3 × SQL p95 + 20 ms and the absolute target.
 */
async function measure(
  city: CityApp,
  dbUrl: string,
  name: string,
  url: string,
  targetMs: number,
  runs: Runs = SHORT,
): Promise<void> {
  await getOk(url, city.headers);
  const statements = await captureStatements(async () => {
    await getOk(url, city.headers);
  });
  const replay = await SqlReplay.open(dbUrl, statements);
  try {
    const api = await timeRuns(runs.requests, runs.warmup, async () => {
      await getOk(url, city.headers);
    });
    const sql = await timeRuns(runs.requests, runs.warmup, () => replay.run());
    const bound = 1.3 * sql.p95 + 20;
    console.log(`  ${name}`);
    console.log(
      `    API p50 ${api.p50.toFixed(1)} ms  p95 ${api.p95.toFixed(1)} ms | its SQL (${statements.length} statements, bare pg) p50 ${sql.p50.toFixed(1)} ms  p95 ${sql.p95.toFixed(1)} ms`,
    );
    console.log(
      `    ratio API p95 / (SQL p95 + 20 ms) = ${(api.p95 / (sql.p95 + 20)).toFixed(2)}; bound 1.3×SQL+20 = ${bound.toFixed(1)} ms ${verdict(api.p95 <= bound)}; target p95 ≤ ${targetMs} ms ${verdict(api.p95 <= targetMs)}`,
    );
    const slowest = (await replay.timeEach()).sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(
      `    slowest statements: ${slowest.map((s) => `${s.ms.toFixed(1)} ms «${s.label}…»`).join('; ')}`,
    );
  } finally {
    await replay.close();
  }
}

/** P5 (statistics summary, 1 year, city) and P4 on the city dataset (DESIGN §10). */
export async function benchCityStatistics(city: CityApp, dbUrl: string): Promise<void> {
  const api = `${city.base}/api/v1`;
  const year = String(city.year);
  console.log(
    `\nStatistics summary (P5), city dataset, year ${year}, agency HN (whole tree), ${REQUESTS} sequential requests after ${WARMUP} warm-up`,
  );
  const summary = new URLSearchParams({ period: year, agencyId: city.cityAgencyId });
  await measure(
    city,
    dbUrl,
    `GET /statistics/summary?${summary.toString()}`,
    `${api}/statistics/summary?${summary.toString()}`,
    300,
  );

  await benchPetitionPage(city, dbUrl, 'city', 100);
}

/** P4: page 2 of the complaints filed in the last full year, whole tree (keyset pagination). */
async function benchPetitionPage(
  city: CityApp,
  dbUrl: string,
  dataset: string,
  targetMs: number,
): Promise<void> {
  const api = `${city.base}/api/v1`;
  const year = String(city.year);
  const filter = {
    agencyId: city.cityAgencyId,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    type: 'complaint',
    status: 'filed',
    limit: '20',
  };
  const first = JSON.parse(
    (
      await getOk(`${api}/petitions?${new URLSearchParams(filter).toString()}`, city.headers)
    ).toString(),
  ) as { nextCursor: string | null };
  if (!first.nextCursor) throw new Error(`P4 ${dataset}: no second page`);
  const page2 = new URLSearchParams({ ...filter, cursor: first.nextCursor });
  console.log(
    `\nPetition list (P4), ${dataset} dataset: complaints filed in ${year}, HN tree, keyset page 2, ${REQUESTS} sequential requests after ${WARMUP} warm-up`,
  );
  await measure(
    city,
    dbUrl,
    'GET /petitions?from&to&type=complaint&status=filed&cursor=<page 2>',
    `${api}/petitions?${page2.toString()}`,
    targetMs,
  );
}

/** The 10 years ending with the data's last day (the longest period the API accepts). */
function tenYearsTo(lastDay: string): { from: string; to: string } {
  const end = new Date(`${lastDay}T00:00:00Z`);
  const from = new Date(
    Date.UTC(end.getUTCFullYear() - 10, end.getUTCMonth(), end.getUTCDate() + 1),
  );
  return { from: from.toISOString().slice(0, 10), to: lastDay };
}

/** P6 (statistics summary, 1 year and 10 years, nation) and P4 nation (DESIGN §10). */
export async function benchNationStatistics(nation: CityApp, dbUrl: string): Promise<void> {
  const api = `${nation.base}/api/v1`;
  const year = String(nation.year);
  console.log(
    `\nStatistics summary (P6), nation dataset, agency HN (whole tree), year ${year}: ${REQUESTS} sequential requests after ${WARMUP} warm-up`,
  );
  const oneYear = new URLSearchParams({ period: year, agencyId: nation.cityAgencyId });
  await measure(
    nation,
    dbUrl,
    `GET /statistics/summary?${oneYear.toString()}`,
    `${api}/statistics/summary?${oneYear.toString()}`,
    1_000,
  );
  const tenYears = new URLSearchParams({
    ...tenYearsTo(nation.lastDay),
    agencyId: nation.cityAgencyId,
  });
  console.log(
    `\nStatistics summary (P6), nation dataset, 10 years (${tenYears.get('from')} – ${tenYears.get('to')}): 10 sequential requests after 2 warm-up`,
  );
  await measure(
    nation,
    dbUrl,
    `GET /statistics/summary?${tenYears.toString()}`,
    `${api}/statistics/summary?${tenYears.toString()}`,
    5_000,
    { warmup: 2, requests: 10 },
  );
  await benchPetitionPage(nation, dbUrl, 'nation', 300);
}
