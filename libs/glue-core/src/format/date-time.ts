/**
 * Dates on the wire: ISO-8601 in UTC with an explicit offset, as Glue writes them
 * (`1985-06-30T23:22:11+00:00`), whatever offset they arrived in.
 */
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads an ISO-8601 date-time with an explicit offset (`2026-11-21T11:22:00+01:00`, `…Z`,
 * `…+0100`), as the instant it names; `null` for anything else, including a local time without an
 * offset (ambiguous) and impossible dates (`2026-02-30`).
 */
export function parseDateTime(value: string): Date | null {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00', fraction = '', offset = 'Z'] = match;
  const zone = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
  const milliseconds = fraction === '' ? '' : `.${fraction.padEnd(3, '0').slice(0, 3)}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${milliseconds}${zone}`);
  if (Number.isNaN(date.getTime())) return null;
  // Date rolls 02-30 over into March; a value that does not survive the round trip did not exist.
  const check = new Date(`${year}-${month}-${day}T00:00:00Z`);
  const sameDay =
    check.getUTCFullYear() === Number(year) &&
    check.getUTCMonth() + 1 === Number(month) &&
    check.getUTCDate() === Number(day);
  return sameDay && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60 ? date : null;
}
