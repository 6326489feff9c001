import type { EntityManager } from 'typeorm';

// PostgreSQL accepts at most 65535 bind parameters per statement.
const MAX_PARAMETERS = 60_000;

/**
 * Multi-row INSERT in as few statements as the parameter limit allows. `returning` columns come back for
 * every row inserted, in insertion order of the chunks. `onConflict` (e.g. `ON CONFLICT (key) DO
 * NOTHING`) goes before RETURNING; rows it skips return nothing.
 */
export async function bulkInsert<R = Record<string, unknown>>(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  returning: readonly string[] = [],
  onConflict = '',
): Promise<R[]> {
  const result: R[] = [];
  const rowsPerChunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const chunk = rows.slice(start, start + rowsPerChunk);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = row.map((value) => {
        parameters.push(value);
        return `$${parameters.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    const returningSql = returning.length > 0 ? ` RETURNING ${returning.join(', ')}` : '';
    const inserted = await manager.query<R[]>(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${onConflict ? ` ${onConflict}` : ''}${returningSql}`,
      parameters,
    );
    if (returning.length > 0) {
      result.push(...inserted);
    }
  }
  return result;
}

/** Maps `key → id` from RETURNING rows, failing loudly if a key is missing (a seed bug, not a user error). */
export function idLookup(
  rows: readonly Record<string, unknown>[],
  key: string,
  id: string,
): (value: string) => number {
  const ids = new Map(rows.map((row) => [String(row[key]), Number(row[id])]));
  return (value) => {
    const found = ids.get(value);
    if (found === undefined) {
      throw new Error(`Seed: no ${id} for ${key} "${value}".`);
    }
    return found;
  };
}
