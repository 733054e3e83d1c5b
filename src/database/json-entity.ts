import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/** Column types whose json form (a number) may lose digits or scale: the SQL casts them to text. */
const EXACT_NUMBERS = new Set<unknown>(['numeric', 'decimal', 'bigint', 'int8']);

type JsonRow = Record<string, unknown>;

/**
 * Entities from rows one statement returned as json — `to_json(alias)`, `json_agg(alias ORDER BY
 * …)` — so that a row and its children are read in one statement instead of one find each. Keys
 * are the column names; each value goes through the driver's conversion as in TypeORM's finds
 * (timestamps become Date, dates stay 'YYYY-MM-DD'), onto an instance of the entity class, and
 * columns a find would not select are left out: the same objects as `find`. A numeric or bigint
 * column must be cast to text in the SQL (`to_jsonb(x) || jsonb_build_object('amount',
 * x.amount::text)`): a json number there is refused rather than rounded.
 */
export function entitiesFromJson<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly JsonRow[] | null,
): T[] {
  return rows && rows.length > 0 ? rows.map(hydrator(manager, target)) : [];
}

/** One entity from `to_json(alias)`. */
export function entityFromJson<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: JsonRow,
): T {
  return hydrator(manager, target)(row);
}

function hydrator<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>) {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isVirtual && c.isSelect);
  return (row: JsonRow): T => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const column of columns) {
      const value = row[column.databaseName];
      if (value === undefined) continue;
      if (typeof value === 'number' && EXACT_NUMBERS.has(column.type)) throw inexact(column);
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  };
}

function inexact(column: EntityMetadata['columns'][number]): Error {
  const name = `${column.entityMetadata.tableName}.${column.databaseName}`;
  return new Error(`${name} (${String(column.type)}) must be read as text, not a json number`);
}
