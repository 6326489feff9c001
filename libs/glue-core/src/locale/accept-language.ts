interface LanguageRange {
  readonly tag: string;
  readonly q: number;
  readonly index: number;
}

/**
 * Picks the store locale that best matches `Accept-Language` (RFC 9110 q-values; `de-DE`, `de_DE`
 * and `de` all match `de_DE` by language), falling back to the store's default locale.
 */
export function negotiateLocale(
  header: string | undefined,
  locales: readonly string[],
  fallback: string,
): string {
  if (!header) return fallback;
  for (const range of parseAcceptLanguage(header)) {
    if (range.q === 0) continue;
    if (range.tag === '*') return fallback;
    const exact = locales.find((locale) => normalise(locale) === range.tag);
    if (exact) return exact;
    const language = range.tag.split('-')[0];
    const sameLanguage = locales.find((locale) => normalise(locale).split('-')[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return fallback;
}

function parseAcceptLanguage(header: string): LanguageRange[] {
  return header
    .split(',')
    .map((part, index): LanguageRange | null => {
      const [rawTag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      if (!/^(\*|[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*)$/.test(rawTag)) return null;
      const qParameter = parameters.find((parameter) => parameter.toLowerCase().startsWith('q='));
      const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
      if (!Number.isFinite(q) || q < 0 || q > 1) return null;
      return { tag: normalise(rawTag), q, index };
    })
    .filter((range): range is LanguageRange => range !== null)
    .sort((a, b) => b.q - a.q || a.index - b.index);
}

function normalise(tag: string): string {
  return tag.replace('_', '-').toLowerCase();
}
