import type { TestApp } from '../support/test-app';

let serial = 0;

/** The body of POST /agencies for a new commune under `parentId`, from 1/1/2026, unique code. */
export function communeBody(parentId: string, overrides: object = {}): Record<string, unknown> {
  serial += 1;
  return {
    code: `HN-X-THU${serial}`,
    name: `Ủy ban nhân dân xã Thử Nghiệm ${serial}`,
    level: 'commune',
    kind: 'people_committee',
    parentId,
    validFrom: '2026-01-01',
    ...overrides,
  };
}

export interface AgencyRow {
  name: string;
  valid_to: string | null;
  version: number;
}

export async function agencyRow(t: TestApp, id: string): Promise<AgencyRow | undefined> {
  const rows = await t.dataSource.query<AgencyRow[]>(
    'SELECT name, valid_to::text, version FROM agency WHERE id = $1',
    [id],
  );
  return rows[0];
}

export interface AgencyAuditRow {
  action: string;
  actor_id: string;
  request_id: string;
  data: Record<string, unknown>;
}

/** The audit rows of one agency, oldest first. */
export function agencyAudit(t: TestApp, id: string): Promise<AgencyAuditRow[]> {
  return t.dataSource.query<AgencyAuditRow[]>(
    `SELECT action, actor_id, request_id, data FROM audit_event
      WHERE entity_type = 'agency' AND entity_id = $1 ORDER BY seq`,
    [id],
  );
}
