import { Transform } from 'class-transformer';

/** 'true' / 'false' in a query string; anything else is left for @IsBoolean to refuse. */
export const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** A decimal integer in a query string; anything else is left for @IsInt to refuse. */
export const queryInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value;

/** `a,b` or `x=a&x=b` → ['a', 'b']. */
export const queryList = ({ value }: { value: unknown }): unknown => {
  const parts: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
  return parts.flatMap((p) => (typeof p === 'string' ? p.split(',') : [p])).filter((p) => p !== '');
};

/** `?flag=true|false` → boolean (decorator form of queryBoolean). */
export const QueryBoolean = (): PropertyDecorator => Transform(queryBoolean);

/** A repeatable query parameter: one value arrives as a string, several as an array. */
export const QueryArray = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value));
