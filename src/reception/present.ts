/** A request field that was sent with a value (absent and JSON null both mean "none"). */
export const isPresent = <T>(value: T | null | undefined): value is T =>
  value !== undefined && value !== null;

/** The value, or null for an absent or null field. */
export const orNull = <T>(value: T | null | undefined): T | null =>
  isPresent(value) ? value : null;
