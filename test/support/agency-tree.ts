import type { TestApp } from './test-app';

/** A commune-level people's committee of the old tree (valid until 30/6/2025) under `parentId`. */
export async function insertOldCommune(
  t: TestApp,
  parentId: string,
  code: string,
  name: string,
): Promise<string> {
  const rows = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO agency (code, name, level, kind, parent_id, valid_from, valid_to)
     VALUES ($1, $2, 'commune', 'people_committee', $3, '2008-08-01', '2025-06-30') RETURNING id`,
    [code, name, parentId],
  );
  return rows[0]!.id;
}
