/** A TypeORM raw-SQL value: sets a column to the database's `now()`, the one clock every write uses. */
export const NOW = (): string => 'now()';
