import 'reflect-metadata';

import { cpus } from 'node:os';

import { benchAuditVerify } from './audit-verify.bench';
import { benchCase } from './case.bench';
import { openBenchDatabase } from './bench-db';
import { CITY_DATASET, NATION_DATASET, openGeneratedDatabase, startCityApp } from './city-db';
import { benchHealth } from './health.bench';
import { benchImport } from './import.bench';
import { benchLogin } from './login.bench';
import { benchOversightPdf } from './oversight-pdf.bench';
import { benchPdf } from './pdf.bench';
import { benchPetitionList } from './petitions-list.bench';
import { benchPetitions } from './petitions.bench';
import { benchReception } from './reception.bench';
import { benchCityStatistics, benchNationStatistics } from './statistics.bench';

/** P4 city, P5 and P7 on the generated city dataset (docs/benchmarks.md), when it is reachable. */
async function benchCity(): Promise<void> {
  const db = await openGeneratedDatabase(CITY_DATASET);
  if (!db) return;
  const city = await startCityApp(db);
  try {
    await benchCityStatistics(city, db.url);
    await benchOversightPdf(city, db.url);
  } finally {
    await city.close();
  }
}

/** P6 and P4 nation on the generated nation dataset (docs/benchmarks.md), when it is reachable. */
async function benchNation(): Promise<void> {
  const db = await openGeneratedDatabase(NATION_DATASET);
  if (!db) return;
  const nation = await startCityApp(db);
  try {
    await benchNationStatistics(nation, db.url);
  } finally {
    await nation.close();
  }
}

const DATASET_BLOCKS: Readonly<Record<string, () => Promise<void>>> = {
  city: benchCity,
  nation: benchNation,
};

/**
 * `npm run bench`: prints figures with same-run baselines. Never part of `npm test`.
 * BENCH_ONLY=core skips the dataset blocks; BENCH_ONLY=city or nation runs only that block.
 */
async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY;
  const block = only ? DATASET_BLOCKS[only] : undefined;
  if (block) {
    console.log(
      `KNTC bench (BENCH_ONLY=${only}) — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores`,
    );
    return block();
  }
  const db = await openBenchDatabase();
  console.log(
    `KNTC bench — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores`,
  );
  console.log(`database: ${db.description}`);
  try {
    await benchHealth(db);
    await benchLogin(db);
    await benchAuditVerify(db);
    await benchReception(db);
    await benchPetitionList(db);
    await benchPetitions(db);
    await benchCase(db);
    await benchImport(db);
    await benchPdf();
    if (only !== 'core') {
      await benchCity();
      await benchNation();
    }
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
