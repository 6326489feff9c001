/**
 * Attribute keys whose value differs among the given variants, each with its distinct values in first-seen
 * order. A key missing from some variants counts as varying only through the variants that have it.
 */
export function computeSuperAttributes(
  variants: readonly Readonly<Record<string, string>>[],
): Record<string, string[]> {
  const valuesByKey = new Map<string, string[]>();
  for (const attributes of variants) {
    for (const [key, value] of Object.entries(attributes)) {
      const values = valuesByKey.get(key) ?? [];
      if (!values.includes(value)) {
        values.push(value);
      }
      valuesByKey.set(key, values);
    }
  }
  const superAttributes: Record<string, string[]> = {};
  for (const [key, values] of [...valuesByKey].sort(([a], [b]) => a.localeCompare(b))) {
    if (values.length > 1) {
      superAttributes[key] = values;
    }
  }
  return superAttributes;
}
