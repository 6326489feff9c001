/** Display names for attribute keys (`storage_capacity` → `Storage capacity`), as Glue's `attributeNames`. */
export function attributeNames(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    [...new Set(keys)].map((key) => {
      const words = key.replace(/[_-]+/g, ' ').trim();
      return [key, words.charAt(0).toUpperCase() + words.slice(1)];
    }),
  );
}
