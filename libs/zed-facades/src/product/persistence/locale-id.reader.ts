import type { EntityManager } from 'typeorm';

/** Every locale as id → name. */
export async function getLocaleNamesById(manager: EntityManager): Promise<ReadonlyMap<number, string>> {
  const rows = await manager.query<{ id_locale: number; locale_name: string }[]>(
    'SELECT id_locale, locale_name FROM locale',
  );
  return new Map(rows.map((row) => [row.id_locale, row.locale_name]));
}
