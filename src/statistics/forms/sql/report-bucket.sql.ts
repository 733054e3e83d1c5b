import { allBucketFacts, reportBucketOf } from '../../../petitions/domain/handling-outcome';
import { ReportBucket } from '../../../petitions/domain/petition-enums';

const LITERAL = /^[a-zA-Z_]+$/;
/** Stands for a NULL outcome (handled without one recorded) in the join. */
const NO_OUTCOME = 'none';

function literal(value: string): string {
  if (!LITERAL.test(value)) throw new Error(`Unexpected enum value in report-bucket SQL: ${value}`);
  return `'${value}'`;
}

/**
 * The petition-side table of `reportBucketOf` (DOMAIN §3.5, §7.2), rendered as SQL VALUES: one
 * row per (outcome, type, eligible, in competence) that is counted in a column of 01–04/XLD.
 * Generated from the domain function itself, so a petition's `reportBucket` and the form column
 * it is counted in cannot drift apart. Built once at module load from enum constants only.
 */
function bucketValues(): string {
  const rows = allBucketFacts()
    .map((facts) => ({ facts, bucket: reportBucketOf(facts) }))
    .filter(({ bucket }) => bucket !== ReportBucket.NotCounted)
    .map(
      ({ facts, bucket }) =>
        `(${literal(facts.outcome ?? NO_OUTCOME)}, ${literal(facts.type)}, ${facts.isEligible}, ` +
        `${facts.isInCompetence}, ${literal(bucket)})`,
    );
  return `(VALUES ${rows.join(',\n    ')}) AS b(outcome, type, eligible, own, bucket)`;
}

/**
 * `LEFT JOIN` giving `b.bucket` (a ReportBucket value, or NULL when not counted) for the petition
 * aliased `p`; an unchecked eligibility or competence reads as false, as in the domain.
 */
export const REPORT_BUCKET_JOIN = `LEFT JOIN ${bucketValues()}
    ON b.outcome = COALESCE(p.outcome, '${NO_OUTCOME}') AND b.type = p.type AND b.eligible = (p.is_eligible IS TRUE)
   AND b.own = (p.is_in_competence IS TRUE)`;
