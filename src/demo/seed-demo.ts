import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { AuditSealer } from '../audit/audit-sealer';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';

import type { FixedClock } from '../common/time/clock';
import { demoSummaries, planLines, summaryLines } from './demo-check';
import { createCityLogins, createDemoOfficers, demoPassword } from './demo-officers';
import { runScenario } from './demo-runner';
import { checkPublishedFigures, type FigureMismatch } from './published-check';
import { CARRIED_2016 } from './published-figures';
import { buildScenario } from './scenario';
import { OversightReportService } from '../statistics/oversight/oversight-report.service';
import type { StatisticsQueryDto } from '../statistics/summary/dto/statistics-query.dto';

export interface SeedDemoOptions {
  scale: number;
  workers: number;
  cityId: string;
  dataSource: DataSource;
  /** Where the 2017 oversight report's PDF is written (created if missing). */
  reportDir: string;
  print: (line: string) => void;
}

export interface SeedDemoResult {
  password: string;
  tasks: number;
  seconds: number;
  /** The seeded 2017 figures that differ from the published ones (scaled): empty on success. */
  mismatches: FigureMismatch[];
  /** The 2017 oversight report (GET /api/v1/reports/oversight.pdf?period=2017, as demo.oversight). */
  reportPath: string;
}

/** A refusal the operator can act on: the command prints its one-line message, no stack trace. */
export class DemoRefusedError extends Error {}

/** The database already holds the demo (its accounts exist): seeding twice would double every figure. */
export async function demoAlreadySeeded(dataSource: DataSource): Promise<boolean> {
  const rows = await dataSource.query<unknown[]>(
    "SELECT 1 FROM officer WHERE username = 'demo.admin' LIMIT 1",
  );
  return rows.length > 0;
}

export async function seedDemo(
  app: INestApplicationContext,
  clock: FixedClock,
  o: SeedDemoOptions,
): Promise<SeedDemoResult> {
  if (await demoAlreadySeeded(o.dataSource)) {
    throw new DemoRefusedError(
      'Cơ sở dữ liệu này đã có dữ liệu trình diễn (tài khoản demo.admin): không nạp lần hai. ' +
        'Dùng một cơ sở dữ liệu mới (DATABASE_URL khác, hoặc xóa ./data/pg).',
    );
  }
  const started = Date.now();
  const scenario = buildScenario(o.scale);
  const password = demoPassword();
  clock.set(new Date());
  const logins = await createCityLogins(app, o.cityId, password, clock);
  // the districts were in force in 2016–2017 (until 30/6/2025): their officers join them then
  clock.set(new Date(`${CARRIED_2016.first}T01:00:00Z`));
  const teams = await createDemoOfficers(app, scenario.units, password);
  o.print(
    `Kịch bản hanoi-2017, tỷ lệ ${o.scale}: ${scenario.units.length} đơn vị, ${o.workers} luồng`,
  );
  // The audit rows are sealed into the chain once, after the report, in full batches: a bulk load
  // needs no seal a tenth of a second after each write (the service's background passes made the
  // full run ~25 % slower).
  const sealer = app.get(AuditSealer);
  sealer.stop();
  const { tasks } = await runScenario({ app, clock, teams }, scenario, {
    workers: o.workers,
    progress: o.print,
  });
  clock.set(new Date());
  const seconds = (Date.now() - started) / 1000;
  o.print(`Xong: ${tasks} thao tác trong ${seconds.toFixed(1)} s.`);
  o.print(`Mật khẩu chung của mọi tài khoản trình diễn: ${password}`);
  for (const l of logins) {
    const totp = l.totpSecret ? `, mã TOTP (bí mật): ${l.totpSecret}` : '';
    o.print(`  ${l.username} (${l.roles.join(', ')}, ${l.agencyCode})${totp}`);
  }
  o.print(
    '  Cán bộ các đơn vị: demo.<desk|leader|investigator>.<mã đơn vị>, vd. demo.desk.hn.tttp',
  );
  for (const line of planLines(scenario.plan)) o.print(line);
  const oversight = logins.find((l) => l.username === 'demo.oversight')!.officer;
  const [summaries, reportPath] = await Promise.all([
    demoSummaries(app, oversight),
    writeOversightReport(app, oversight, o.reportDir),
  ]);
  for (const line of summaryLines(summaries)) o.print(line);
  const check = checkPublishedFigures(summaries, o.scale);
  for (const line of check.lines) o.print(line);
  // printed before the seal, so that the newcomer can open it while the command finishes
  o.print(`Báo cáo năm 2017 gửi Thành ủy, UBND thành phố (PDF): ${reportPath}`);
  o.print('Đang niêm phong nhật ký kiểm tra (chuỗi băm)…');
  const sealed = await sealer.sealNow().finally(() => sealer.start());
  o.print(`Nhật ký kiểm tra: ${sealed.sealed} bản ghi đã niêm phong vào chuỗi.`);
  return { password, tasks, seconds, mismatches: check.mismatches, reportPath };
}

/** The 2017 report as the endpoint renders it for demo.oversight, written to `dir`. */
async function writeOversightReport(
  app: INestApplicationContext,
  viewer: AuthenticatedOfficer,
  dir: string,
): Promise<string> {
  const query = { period: '2017' } as StatisticsQueryDto;
  const { file, name } = await app.get(OversightReportService).render(viewer, query);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, file);
  return path;
}
