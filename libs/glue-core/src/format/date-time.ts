/**
 * Dates on the wire: ISO-8601 in UTC with an explicit offset, as Glue writes them
 * (`1985-06-30T23:22:11+00:00`), whatever offset they arrived in.
 */
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}
