import type { EntityManager } from 'typeorm';
import { queryWords } from '../business/text-query.js';

/**
 * Whether the server has pg_trgm in this database. The migration creates it where the server offers it;
 * without it search works and suggests no spelling (docs/adr/0010-search-on-postgresql.md).
 */
export async function hasTrigramSupport(manager: EntityManager): Promise<boolean> {
  const rows = await manager.query<{ present: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS present`,
  );
  return rows[0]?.present ?? false;
}

/**
 * The words of `text` with each unknown one replaced by the most similar word of the locale's catalog
 * (trigram similarity above pg_trgm's threshold, 0.3 by default); null when nothing would change.
 */
export async function suggestSpelling(
  manager: EntityManager,
  idLocale: number,
  text: string,
): Promise<string | null> {
  const words = queryWords(text);
  if (words.length === 0) {
    return null;
  }
  const rows = await manager.query<{ word: string; known: boolean; best: string | null }[]>(
    `SELECT w.word,
            EXISTS (SELECT 1 FROM catalog_search_term t WHERE t.fk_locale = $1 AND t.term = w.word) AS known,
            (SELECT t.term FROM catalog_search_term t
              WHERE t.fk_locale = $1 AND t.term % w.word
              ORDER BY similarity(t.term, w.word) DESC, t.term LIMIT 1) AS best
       FROM unnest($2::text[]) WITH ORDINALITY AS w (word, position)
      ORDER BY w.position`,
    [idLocale, words],
  );
  const corrected = rows.map((row) => (row.known ? row.word : (row.best ?? row.word)));
  const suggestion = corrected.join(' ');
  return suggestion === words.join(' ') ? null : suggestion;
}
