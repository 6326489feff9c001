import type { EntityManager } from 'typeorm';

/** The ids of the named locales, by name; a name without a locale is absent from the map. */
export async function findLocaleIds(
  manager: EntityManager,
  names: readonly string[],
): Promise<Map<string, number>> {
  const rows = await manager.query<{ id_locale: number; locale_name: string }[]>(
    'SELECT id_locale, locale_name FROM locale WHERE locale_name = ANY($1::varchar[])',
    [names],
  );
  return new Map(rows.map((row) => [row.locale_name, row.id_locale]));
}
