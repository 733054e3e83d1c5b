import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import type { FixedClock } from '../common/time/clock';
import { demoSummaries, planLines, summaryLines } from './demo-check';
import { createCityLogins, createDemoOfficers, demoPassword } from './demo-officers';
import { runScenario } from './demo-runner';
import { checkPublishedFigures, type FigureMismatch } from './published-check';
import { CARRIED_2016 } from './published-figures';
import { buildScenario } from './scenario';

export interface SeedDemoOptions {
  scale: number;
  workers: number;
  cityId: string;
  dataSource: DataSource;
  print: (line: string) => void;
}

export interface SeedDemoResult {
  password: string;
  tasks: number;
  seconds: number;
  /** The seeded 2017 figures that differ from the published ones (scaled): empty on success. */
  mismatches: FigureMismatch[];
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
  const summaries = await demoSummaries(app, oversight);
  for (const line of summaryLines(summaries)) o.print(line);
  const check = checkPublishedFigures(summaries, o.scale);
  for (const line of check.lines) o.print(line);
  return { password, tasks, seconds, mismatches: check.mismatches };
}
