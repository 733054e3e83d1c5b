/** The JSON of GET /api/v1/statistics/forms/{code}, as the tests read it. */
export interface FormJson {
  form: { code: string; title: string; basis: string };
  columns: { number: number; unit: string }[];
  rows: { unit: { id: string; name: string }; values: Record<string, number | string | null> }[];
  total: { values: Record<string, number | string | null> };
  checks: unknown[];
}
