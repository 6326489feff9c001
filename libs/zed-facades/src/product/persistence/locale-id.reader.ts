import type { EntityManager } from 'typeorm';

/** Resolves a locale name to its id; null when the locale does not exist. */
export async function findLocaleId(manager: EntityManager, localeName: string): Promise<number | null> {
  const rows = await manager.query<{ id_locale: number }[]>(
    'SELECT id_locale FROM locale WHERE locale_name = $1',
    [localeName],
  );
  return rows[0]?.id_locale ?? null;
}

/** Every locale as id → name. */
export async function getLocaleNamesById(manager: EntityManager): Promise<ReadonlyMap<number, string>> {
  const rows = await manager.query<{ id_locale: number; locale_name: string }[]>(
    'SELECT id_locale, locale_name FROM locale',
  );
  return new Map(rows.map((row) => [row.id_locale, row.locale_name]));
}
