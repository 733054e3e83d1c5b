/**
 * Settings of every reporting transaction (statistics, forms, backlogs): JIT off (DESIGN §10: it
 * makes short reports ~1.8× slower), and a plan for each call, never a cached generic plan. The
 * pool leaves aggregates unprepared (preparing-client.ts); this keeps a report's plan fitted to
 * its period and agencies whatever its shape. One simple-protocol string, sent with the
 * transaction's first statement.
 */
export const REPORT_SETTINGS = 'SET LOCAL jit = off; SET LOCAL plan_cache_mode = force_custom_plan';
