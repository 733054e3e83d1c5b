import type { MonthContext } from './month-plan';
import { lit, localTime } from './sql-helpers';

/**
 * Petition history (receive, assign, check, outcome) and the proceedings' events (receive,
 * accept, decide or conclude, withdraw), at their dates in Hà Nội office hours.
 */
export function eventsSql(ctx: MonthContext): string {
  const { sql } = ctx;
  const at = (d: string, h: string) => localTime(d, h);
  const pe = (
    action: string,
    n: number,
    from: string,
    to: string,
    actor: string,
    when: string,
    where: string,
  ) =>
    `SELECT ${sql.uid('pevent', `gp || ':${n}'`)}, id, ${action}, ${from}, ${to}, ${actor}, ${when},
       ${n === 0 ? "jsonb_build_object('bookYear', book_year, 'bookNo', book_no, 'source', source)" : "'{}'::jsonb"}
       FROM bench_p WHERE ${where}`;
  const checkDay = `LEAST(COALESCE(handled_on, received_on + 2), received_on + 2)`;
  const re = (
    action: string,
    n: number,
    from: string,
    to: string,
    day: string,
    basis: string,
    where: string,
  ) =>
    `SELECT kind, id, case_id, agency_id, ${lit(action)}, ${sql.officer('agency_id', n === 2 ? 3 : 2)},
       ${at(day, `9 + ${n}`)}, ${day}, CASE WHEN kind = 'complaint' THEN ${lit(`Luật Khiếu nại 2011, ${basis}`)}
       ELSE ${lit(`Luật Tố cáo 2018, ${basis}`)} END, ${from}, ${to}
       FROM bench_r WHERE ${where}`;
  return `INSERT INTO petition_event (id, petition_id, action, from_status, to_status, actor_id,
        occurred_at, data)
    SELECT * FROM (
      ${pe("'receive'", 0, 'NULL', "'received'", sql.officer('agency_id', 1), at('received_on', '8 + r_time * 9'), 'true')}
      UNION ALL
      ${pe("'assign'", 1, "'received'", "'received'", sql.officer('agency_id', 3), at('received_on + 1', '9'), "status <> 'received'")}
      UNION ALL
      ${pe("'check'", 2, "'received'", "'checked'", sql.officer('agency_id', 2), at(checkDay, '10'), "status <> 'received'")}
      UNION ALL
      ${pe('outcome', 3, "'checked'", 'status', sql.officer('agency_id', 2), at('handled_on', '15'), 'outcome IS NOT NULL')}
    ) e ORDER BY 7;
    INSERT INTO resolution_event (proceeding_type, proceeding_id, case_id, agency_id, action, actor_id,
        occurred_at, acted_on, legal_basis, from_status, to_status)
    SELECT * FROM (
      ${re('receive', 0, 'NULL', "'received'", 'received_on', 'Điều 27', 'true')}
      UNION ALL
      ${re('accept', 1, "'received'", "'accepted'", 'accepted_on', 'Điều 27', 'accepted_on IS NOT NULL')}
      UNION ALL
      ${re('not_accept', 1, "'received'", "'not_accepted'", 'received_on + 10', 'Điều 11', 'accepted_on IS NULL')}
      UNION ALL
      ${re('withdraw', 1, "'verifying'", "'terminated'", 'end_on', 'Điều 10', "path = 'withdrawn'")}
      UNION ALL
      ${re('decide', 2, "'drafting'", "'decided'", 'end_on', 'Điều 31', "path = 'decided'")}
    ) e ORDER BY 7`;
}

/**
 * Audit rows for what happened this month (petition events, visits, cases, proceeding events,
 * decisions), each with its chain link in `audit_chain` (so the app's sealer finds nothing to do),
 * but without a `mac` and with plain SHA-256 links, NOT the HMAC chain of the audit module: the
 * bench dataset is not chain-verifiable (docs/benchmarks.md).
 */
export function auditSql(ctx: MonthContext, prevHash: string): string {
  const { sql, month } = ctx;
  const hash = `encode(sha256(convert_to('bench:${sql.seed}:' || seq::text, 'UTF8')), 'hex')`;
  return `WITH rows AS (
      SELECT pe.occurred_at, pe.actor_id, 'petition.' || pe.action AS action, 'petition' AS entity_type,
        pe.petition_id::text AS entity_id, p.agency_id
        FROM petition_event pe JOIN bench_p p ON p.id = pe.petition_id
      UNION ALL
      SELECT created_at, created_by, 'reception.visit.record', 'reception_visit', id::text, agency_id
        FROM reception_visit WHERE id IN (SELECT id FROM bench_v)
      UNION ALL
      SELECT created_at, created_by, 'case.open', 'case', id::text, agency_id
        FROM "case" WHERE id IN (SELECT id FROM bench_c)
      UNION ALL
      SELECT occurred_at, actor_id, proceeding_type || '.' || action, proceeding_type, proceeding_id::text,
        agency_id FROM resolution_event WHERE proceeding_id IN (SELECT id FROM bench_r)
      UNION ALL
      SELECT created_at, signer_id, 'decision.issue', 'decision', id::text, agency_id
        FROM decision WHERE id IN (SELECT decision_id FROM bench_d)),
    ins AS (
      INSERT INTO audit_event (occurred_at, actor_id, action, entity_type, entity_id, agency_id,
          request_id, data)
      SELECT occurred_at, actor_id, action, entity_type, entity_id, agency_id, 'bench-${month.from}',
        '{"bench": true}'::jsonb
        FROM rows ORDER BY occurred_at, entity_id, action
      RETURNING seq),
    h AS (SELECT seq, ${hash} AS hash FROM ins)
    INSERT INTO audit_chain (seq, prev_hash, hash)
    SELECT seq, COALESCE(lag(hash) OVER (ORDER BY seq), ${lit(prevHash)}), hash
      FROM h ORDER BY seq`;
}
