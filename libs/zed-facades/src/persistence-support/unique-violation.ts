interface PgError {
  readonly code?: string;
  readonly constraint?: string;
  readonly detail?: string;
}

/** The constraint and detail of a PostgreSQL unique violation (23505). */
export interface UniqueViolation {
  readonly constraint: string | null;
  readonly detail: string | null;
}

/**
 * The unique violation behind `error` (a TypeORM QueryFailedError or a raw `pg` error), or null when the
 * error is anything else. Writers pre-check uniqueness; this catches the concurrent writer that won the race.
 */
export function uniqueViolationOf(error: unknown): UniqueViolation | null {
  const pgError = ((error as { driverError?: PgError } | null)?.driverError ?? error) as PgError | null;
  if (pgError?.code !== '23505') {
    return null;
  }
  return { constraint: pgError.constraint ?? null, detail: pgError.detail ?? null };
}
