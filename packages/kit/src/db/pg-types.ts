/**
 * What both database adapters agree on, so a service reads the same values from PGlite and
 * from PostgreSQL:
 * - text → string; integer → number; boolean → boolean; jsonb → the parsed value;
 * - bigint (int8, also `count(*)`) → number when it is a safe integer, else its exact decimal
 *   string: a JS bigint would crash JSON replies, and a rounded number would corrupt ids;
 * - numeric → string (exact; money is stored as integer minor units anyway);
 * - timestamptz → Date.
 * JS objects and arrays passed as parameters of jsonb columns are sent as JSON; `undefined`
 * parameters are sent as NULL.
 */
export const INT8_OID = 20

export function parseInt8(text: string): number | string {
  const value = Number(text)
  return Number.isSafeInteger(value) ? value : text
}

const plainIdentifier = /^[a-z_][a-z0-9_]{0,62}$/

/** Quotes a schema or database name; only plain lower-case names are accepted, so none needs escaping. */
export function quoteIdentifier(name: string): string {
  if (!plainIdentifier.test(name)) {
    throw new TypeError(`"${name}" is not a plain identifier (a-z, 0-9, _; at most 63 characters)`)
  }
  return `"${name}"`
}

/** SQLSTATEs that mean another caller created the same object first. */
export function isAlreadyCreated(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === '42P04' || code === '42P06' || code === '23505'
}
