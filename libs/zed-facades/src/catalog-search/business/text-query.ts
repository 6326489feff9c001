/** More words than this in a query are ignored: they would only narrow the result further. */
const MAX_WORDS = 10;

/** The words of a query: runs of letters and digits, lower-cased (what the tsvector parser also splits on). */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
}

/**
 * `to_tsquery` input matching every word as a prefix of a stemmed lexeme (`'kamera':* & 'sony':*`).
 * Prefixes make type-ahead work and cover what the stemmer leaves apart: German snowball keeps
 * `kameras` and `kamera` as two lexemes, and `Kamera` must find `Kameras`. Words hold only letters and
 * digits, so quoting them is safe. Null when `text` has no word.
 */
export function prefixTsQuery(text: string): string | null {
  const words = queryWords(text);
  return words.length === 0 ? null : words.map((word) => `'${word}':*`).join(' & ');
}
