import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';

import { AuditService } from '../../src/audit/audit.service';
import type { AuthenticatedOfficer } from '../../src/auth/authenticated-officer';
import { Role } from '../../src/auth/role';
import { createApp } from '../../src/bootstrap';
import { IntakeImportService } from '../../src/reception/intake-import.service';
import { type BenchDatabase, benchConfig } from './bench-db';

const RECORDS = 12_000;
const BATCH = 200;
const TARGET_PER_SECOND = 5_000;
const TARGET_RATIO = 0.3;

/** The rows one officer's import wrote, table by table (the COPY baseline copies exactly these). */
const WRITTEN: readonly [string, string][] = [
  ['person', 'created_by = $1'],
  ['person_identity', 'person_id IN (SELECT id FROM person WHERE created_by = $1)'],
  ['"case"', 'created_by = $1'],
  ['case_person', 'case_id IN (SELECT id FROM "case" WHERE created_by = $1)'],
  ['petition', 'created_by = $1'],
  ['petition_signatory', 'petition_id IN (SELECT id FROM petition WHERE created_by = $1)'],
  ['petition_event', 'actor_id = $1'],
  ['reception_visit', 'created_by = $1'],
  ['reception_visit_person', 'visit_id IN (SELECT id FROM reception_visit WHERE created_by = $1)'],
  ['person_record_link', 'officer_id = $1'],
  ['audit_event', 'actor_id = $1'],
];

let serial = 0;
/** Two digits per run, so that runs on the same database type new ID numbers. */
const RUN = String(Date.now() % 100).padStart(2, '0');
function identity() {
  serial += 1;
  return {
    identity: {
      fullName: `Nguyễn Văn Nhập ${serial}`,
      idType: 'cccd',
      idNumber: `0${RUN}${String(serial).padStart(9, '0')}`,
      address: `Số ${serial % 300} phố Lưu Trữ, Hà Nội`,
    },
  };
}

/** One batch: half visits (a third received for handling), half petitions (a fifth anonymous). */
function batchAt(b: number) {
  const day = new Date(Date.UTC(2025, 0, 2) + b * 86_400_000).toISOString().slice(0, 10);
  const visits = Array.from({ length: BATCH / 2 }, (_, i) => ({
    receivedAt: `${day}T${String(8 + (i % 8)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+07:00`,
    receptionKind: 'regular',
    personsCount: 1,
    isDelegation: false,
    visitors: [identity()],
    contentType: i % 4 === 0 ? 'denunciation' : 'complaint',
    field: i % 4 === 0 ? 'corruption' : 'admin_land_housing',
    summary: 'Khiếu nại việc bồi thường khi thu hồi đất (hồ sơ lưu trữ)',
    outcome: ['received_for_handling', 'explained', 'guided'][i % 3],
    ...(i % 3 === 2 ? { guidedTo: 'Ủy ban nhân dân quận' } : {}),
    newCase: true,
    respondent: 'Ủy ban nhân dân phường',
  }));
  const petitions = Array.from({ length: BATCH / 2 }, (_, i) => {
    const anonymous = i % 5 === 0;
    return {
      receivedOn: day,
      source: i % 2 ? 'post' : 'online',
      signatoryKind: anonymous ? 'other' : 'one',
      isAnonymous: anonymous,
      ...(anonymous ? {} : { signatories: [identity()] }),
      type: anonymous ? 'denunciation' : 'complaint',
      field: anonymous ? 'corruption' : 'admin_land_housing',
      summary: 'Đơn khiếu nại quyết định hành chính (hồ sơ lưu trữ)',
      newCase: true,
    };
  });
  return { visits, petitions };
}

async function importOfficer(ds: DataSource): Promise<AuthenticatedOfficer> {
  const username = `bench-import-${Date.now().toString(36)}`;
  const roles = [Role.ReceptionOfficer, Role.PetitionHandler];
  const rows = await ds.query<{ id: string; agency_id: string }[]>(
    `INSERT INTO officer (username, full_name, agency_id, roles, password_hash)
     SELECT $1, 'Cán bộ nhập hồ sơ lưu trữ', id, $2, 'x' FROM agency WHERE code = 'HN-TTTP'
     RETURNING id, agency_id`,
    [username, roles],
  );
  const { id, agency_id: agencyId } = rows[0]!;
  return { id, username, agencyId, roles, sessionId: 'bench', assurance: 'full' };
}

/**
 * COPY of exactly the rows the import wrote, into empty tables of the same shape, indexes, checks
 * and foreign keys (to the rows the import wrote), in one transaction.
 */
async function copyBaseline(url: string, officerId: string): Promise<{ rows: number; ms: number }> {
  // a plain connection: the pool's connections pipeline, which does not stream COPY
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS bench_copy CASCADE; CREATE SCHEMA bench_copy');
    const dumps: [string, Buffer][] = [];
    let rows = 0;
    for (const [table, where] of WRITTEN) {
      const name = table.replaceAll('"', '');
      await client.query(`CREATE TABLE bench_copy."${name}" (LIKE public.${table} INCLUDING ALL)`);
      // and its foreign keys, to the rows the import wrote: COPY checks them as the import does
      const keys = await client.query<{ def: string }>(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
          WHERE conrelid = 'public.${table}'::regclass AND contype = 'f'`,
      );
      for (const { def } of keys.rows) {
        await client.query(`ALTER TABLE bench_copy."${name}" ADD ${def}`);
      }
      const sql = `COPY (SELECT * FROM public.${table} WHERE ${where.replaceAll('$1', `'${officerId}'`)}) TO STDOUT`;
      const chunks: Buffer[] = [];
      for await (const chunk of client.query(copyTo(sql))) chunks.push(chunk as Buffer);
      const dump = Buffer.concat(chunks);
      rows += dump.toString('utf8').split('\n').length - 1;
      dumps.push([name, dump]);
    }
    const started = performance.now();
    await client.query('BEGIN');
    for (const [name, dump] of dumps) {
      await pipeline(
        Readable.from([dump]),
        client.query(copyFrom(`COPY bench_copy."${name}" FROM STDIN`)),
      );
    }
    await client.query('COMMIT');
    const ms = performance.now() - started;
    await client.query('DROP SCHEMA bench_copy CASCADE');
    return { rows, ms };
  } finally {
    await client.end();
  }
}

/**
 * P8 (DESIGN.md §10): bulk import of historical records with audit — IntakeImportService on one
 * desk's visits and petitions (new persons and cases, a third of the visits handing over a
 * petition), batches of 200 records, each one transaction; against COPY of the same rows into
 * empty tables with the same indexes, checks and foreign keys, in one transaction.
 */
export async function benchImport(db: BenchDatabase): Promise<void> {
  const config = await benchConfig(db);
  const app = await createApp({ config, databaseUrl: db.url });
  await app.init();
  try {
    const ds = app.get(DataSource);
    const imports = app.get(IntakeImportService);
    const actor = await importOfficer(ds);
    const ctx = { actor, requestId: null };
    await imports.importBatch(ctx, batchAt(0) as never); // warm-up (prepared statements, caches)
    const started = performance.now();
    for (let b = 1; b <= RECORDS / BATCH; b++) await imports.importBatch(ctx, batchAt(b) as never);
    const ms = performance.now() - started;
    const sealStart = performance.now();
    await app.get(AuditService).sealNow();
    const sealMs = performance.now() - sealStart;
    const copy = await copyBaseline(db.url, actor.id);
    const rowsWritten = Math.round((copy.rows * RECORDS) / (RECORDS + BATCH));
    const perSecond = RECORDS / (ms / 1000);
    const ratio = copy.ms / ((ms * (RECORDS + BATCH)) / RECORDS);
    console.log(
      `\nBulk import (P8): ${RECORDS.toLocaleString('en-US')} records (visits and petitions) in batches of ${BATCH}, ${rowsWritten.toLocaleString('en-US')} table rows with their audit rows`,
    );
    console.log(
      `  import ${(ms / 1000).toFixed(1)} s → ${perSecond.toFixed(0)} records/s, ${(rowsWritten / (ms / 1000)).toFixed(0)} rows/s (target ≥ ${TARGET_PER_SECOND} records/s ${perSecond >= TARGET_PER_SECOND ? 'OK' : 'UNDER'}); sealing the audit chain after it ${sealMs.toFixed(0)} ms`,
    );
    console.log(
      `  COPY of the same ${copy.rows.toLocaleString('en-US')} rows ${copy.ms.toFixed(0)} ms → ratio ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO} ${ratio >= TARGET_RATIO ? 'OK' : 'UNDER'})`,
    );
  } finally {
    await app.close();
  }
}
