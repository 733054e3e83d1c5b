import type { AuthenticatedOfficer } from '../../src/auth/authenticated-officer';
import { Role } from '../../src/auth/role';
import { renderOversightReport } from '../../src/reports/layouts/oversight-report.layout';
import type { OversightReportData } from '../../src/reports/layouts/oversight-report-data';
import { strictRenderPolicy } from '../../src/reports/render-policy';
import { previousPeriod, sameLastYear } from '../../src/statistics/domain/report-period';
import { FormIssueService } from '../../src/statistics/forms/form-issue.service';
import { monthBuckets } from '../../src/statistics/oversight/domain/monthly-intake';
import { assembleOversightData } from '../../src/statistics/oversight/oversight-data';
import { OversightReportRepository } from '../../src/statistics/oversight/oversight-report.repository';
import { ReportNarrativeService } from '../../src/statistics/oversight/report-narrative.service';
import { ReportScopeService } from '../../src/statistics/scope/report-scope.service';
import { SummaryService } from '../../src/statistics/summary/summary.service';
import { captureStatements, type CityApp, SqlReplay, timeRuns, verdict } from './city-db';
import { bareStrings, recordDrawn } from './bare-pdf';

const WARMUP = 2;
const RUNS = 5;
/**
 * The data the API hands to the layout, fetched the way OversightReportService.pdf fetches it
 * (same services, same order), for the render-only measurement. The layout is a pure function.
 */
async function reportData(city: CityApp, period: string): Promise<OversightReportData> {
  const { app } = city;
  const viewer: AuthenticatedOfficer = {
    id: city.officerId,
    username: 'bench-city-leader',
    agencyId: city.cityAgencyId,
    roles: [Role.Leader],
    sessionId: '',
    assurance: 'full',
  };
  const scope = await app.get(ReportScopeService).resolve(viewer, { period });
  const summaries = app.get(SummaryService);
  const buckets = monthBuckets(scope.period);
  const comparisons = [previousPeriod(scope.period), sameLastYear(scope.period)].map((p) => ({
    ...scope,
    period: p,
  }));
  const [[previous, lastYear], byUnit, series, narrative, issue] = await Promise.all([
    summaries.summaries(comparisons),
    summaries.summaryByUnit(scope),
    app.get(OversightReportRepository).series(scope, buckets),
    app.get(ReportNarrativeService).forReport(scope.agency.id, scope.period),
    app.get(FormIssueService).documentIssue(scope.agency.id),
  ]);
  return assembleOversightData({
    scope,
    current: byUnit.total,
    previous: previous!,
    lastYear: lastYear!,
    byUnit: byUnit.units,
    buckets,
    series,
    narrative,
    issuer: issue.issuer,
    authorities: issue.authorities,
    issuedOn: issue.issuedOn,
  });
}

const pageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

async function getPdf(url: string, headers: Record<string, string>): Promise<Buffer> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * P7 (DESIGN §10): the oversight PDF of a year for the whole city, against (its SQL through bare
 * pg + the same layout function rendering the data the API fetched, with no Nest/TypeORM/assembly).
 */
export async function benchOversightPdf(city: CityApp, dbUrl: string): Promise<void> {
  const year = String(city.year);
  const qs = new URLSearchParams({ period: year, agencyId: city.cityAgencyId });
  const url = `${city.base}/api/v1/reports/oversight.pdf?${qs.toString()}`;
  await getPdf(url, city.headers);
  let pdf: Buffer = Buffer.alloc(0);
  const statements = await captureStatements(async () => {
    pdf = await getPdf(url, city.headers);
  });
  const data = await reportData(city, year);
  const policy = strictRenderPolicy;
  const pages = pageCount(pdf);
  const rendered = pageCount(await renderOversightReport(data, policy));
  if (rendered !== pages) throw new Error(`P7: layout gave ${rendered} pages, the API ${pages}`);
  console.log(
    `\nOversight PDF (P7), city dataset, year ${year}, agency HN: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB, ${data.units.length} unit rows; ${RUNS} sequential requests after ${WARMUP} warm-up`,
  );
  const replay = await SqlReplay.open(dbUrl, statements);
  try {
    const api = await timeRuns(RUNS, WARMUP, async () => {
      await getPdf(url, city.headers);
    });
    const sql = await timeRuns(RUNS, WARMUP, () => replay.run());
    const render = await timeRuns(RUNS, WARMUP, async () => {
      await renderOversightReport(data, policy);
    });
    const drawn = await recordDrawn(() => renderOversightReport(data, policy));
    const bare = await timeRuns(RUNS, WARMUP, async () => {
      await bareStrings(drawn);
    });
    const baseline = sql.p95 + render.p95;
    console.log(
      `  API p50 ${api.p50.toFixed(0)} ms  p95 ${api.p95.toFixed(0)} ms | its SQL (${statements.length} statements on ${replay.connections} connections, bare pg) p50 ${sql.p50.toFixed(0)} ms  p95 ${sql.p95.toFixed(0)} ms | layout render only p50 ${render.p50.toFixed(0)} ms  p95 ${render.p95.toFixed(0)} ms`,
    );
    console.log(
      `  ratio API p95 / (SQL p95 + render p95 = ${baseline.toFixed(0)} ms) = ${(api.p95 / baseline).toFixed(2)} (target ≤ 1.5) ${verdict(api.p95 <= 1.5 * baseline)}; target p95 ≤ 1500 ms ${verdict(api.p95 <= 1500)}`,
    );
    console.log(
      `  (for reference: bare pdfkit drawing the same ${drawn.length} strings in flow, no tables/charts, fonts parsed per document: p95 ${bare.p95.toFixed(0)} ms; API p95 / (SQL + that) = ${(api.p95 / (sql.p95 + bare.p95)).toFixed(2)})`,
    );
    const slowest = (await replay.timeEach()).sort((a, b) => b.ms - a.ms).slice(0, 4);
    console.log(
      `  slowest statements (each alone): ${slowest.map((s) => `${s.ms.toFixed(0)} ms «${s.label}…»`).join('; ')}`,
    );
  } finally {
    await replay.close();
  }
}
