import { createHash } from 'node:crypto';

import {
  DefaultNamingStrategy,
  type NamingStrategyInterface,
  type Table,
  type View,
} from 'typeorm';

const MAX_IDENTIFIER = 63;

export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toLowerCase();
}

function tableNameOf(tableOrName: Table | View | string): string {
  const path = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}

function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

/** PostgreSQL truncates identifiers at 63 bytes; keep names unique by replacing the tail with a hash. */
export function fitIdentifier(name: string): string {
  if (name.length <= MAX_IDENTIFIER) return name;
  return `${name.slice(0, MAX_IDENTIFIER - 9)}_${shortHash(name)}`;
}

function constraintName(prefix: string, tableOrName: Table | View | string, columns: string[]) {
  const columnPart = columns.length > 0 ? `__${[...columns].join('__')}` : '';
  return fitIdentifier(`${prefix}_${tableNameOf(tableOrName)}${columnPart}`);
}

/**
 * snake_case tables and columns, and readable deterministic constraint names:
 * pk_petition, fk_petition__agency_id, uq_petition__code, ix_petition__agency_id__received_on.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? toSnakeCase(targetName);
  }

  override columnName(
    propertyName: string,
    customName: string | undefined,
    embeddedPrefixes: string[],
  ): string {
    const prefix = embeddedPrefixes.map(toSnakeCase).join('_');
    const own = customName ?? toSnakeCase(propertyName);
    return prefix ? `${prefix}_${own}` : own;
  }

  override relationName(propertyName: string): string {
    return toSnakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return toSnakeCase(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(
    firstTableName: string,
    secondTableName: string,
    firstPropertyName: string,
  ): string {
    return toSnakeCase(`${firstTableName}_${firstPropertyName.replace(/\./g, '_')}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string) {
    return toSnakeCase(`${tableName}_${columnName ?? propertyName}`);
  }

  override primaryKeyName(tableOrName: Table | string): string {
    return constraintName('pk', tableOrName, []);
  }

  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return constraintName('uq', tableOrName, columnNames);
  }

  override relationConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return constraintName('uq', tableOrName, columnNames);
  }

  override defaultConstraintName(tableOrName: Table | string, columnName: string): string {
    return constraintName('df', tableOrName, [columnName]);
  }

  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return constraintName('fk', tableOrName, columnNames);
  }

  override indexName(tableOrName: Table | View | string, columns: string[], where?: string) {
    const base = constraintName('ix', tableOrName, columns);
    return where ? fitIdentifier(`${base}__${shortHash(where)}`) : base;
  }

  override checkConstraintName(tableOrName: Table | string, expression: string): string {
    return fitIdentifier(`ck_${tableNameOf(tableOrName)}__${shortHash(expression)}`);
  }

  override exclusionConstraintName(tableOrName: Table | string, expression: string): string {
    return fitIdentifier(`ex_${tableNameOf(tableOrName)}__${shortHash(expression)}`);
  }
}
