/**
 * Settings of every reporting transaction (statistics, forms, backlogs): JIT off (DESIGN §10: it
 * makes short reports ~1.8× slower), and a plan for each call, never a cached generic plan: the
 * pool prepares repeated statements (preparing-client.ts), and the best plan of a report depends on
 * its period and agencies. One simple-protocol string, sent with the transaction's first statement.
 */
export const REPORT_SETTINGS = 'SET LOCAL jit = off; SET LOCAL plan_cache_mode = force_custom_plan';
