import 'reflect-metadata';

import { cpus } from 'node:os';

import { benchAuditVerify } from './audit-verify.bench';
import { openBenchDatabase } from './bench-db';
import { benchHealth } from './health.bench';
import { benchLogin } from './login.bench';
import { benchPdf } from './pdf.bench';
import { benchPetitionList } from './petitions-list.bench';
import { benchPetitions } from './petitions.bench';
import { benchReception } from './reception.bench';

/** `npm run bench`: prints figures with same-run baselines. Never part of `npm test`. */
async function main(): Promise<void> {
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
    await benchPdf();
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
