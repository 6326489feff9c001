/** A LIKE pattern matching `text` anywhere, with `%`, `_` and `\` in `text` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
