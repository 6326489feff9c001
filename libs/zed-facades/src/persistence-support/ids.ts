const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be compared with a `uuid` column without PostgreSQL rejecting the statement. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Whether `value` is a positive `bigint` id PostgreSQL accepts (decimal digits, at most 18 of them). */
export function isBigintId(value: string): boolean {
  return /^[1-9][0-9]{0,17}$/.test(value);
}

const MAX_INTEGER = 2_147_483_647;

/** Whether `value` is a positive `integer` (int4) id PostgreSQL accepts: decimal digits, at most 2^31 - 1. */
export function isIntegerId(value: string): boolean {
  return /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= MAX_INTEGER;
}
