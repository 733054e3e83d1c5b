/** Names shared between the global setup (main jest process) and the test files (workers). */
export const TEST_ENV = {
  adminUrl: 'KNTC_TEST_ADMIN_URL',
  templateDb: 'KNTC_TEST_TEMPLATE_DB',
} as const;
