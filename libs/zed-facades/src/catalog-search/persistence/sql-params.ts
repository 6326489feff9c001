/** Collects bind values and hands out their `$n` placeholders, so SQL built in pieces stays parameterised. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** Escapes LIKE's wildcards so user text matches literally (with the default escape character `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
