/**
 * The rows of a batch read grouped by the id `idOf` reads from each: every requested id has an entry (empty
 * when no row has it), in the order of `ids`; rows of ids not requested are dropped. `map`, when given, turns
 * each row into the value stored.
 */
export function groupByIds<K, R>(ids: readonly K[], rows: readonly R[], idOf: (row: R) => K): Map<K, R[]>;
export function groupByIds<K, R, V>(
  ids: readonly K[],
  rows: readonly R[],
  idOf: (row: R) => K,
  map: (row: R) => V,
): Map<K, V[]>;
export function groupByIds<K, R, V>(
  ids: readonly K[],
  rows: readonly R[],
  idOf: (row: R) => K,
  map?: (row: R) => V,
): Map<K, (R | V)[]> {
  const groups = new Map<K, (R | V)[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    groups.get(idOf(row))?.push(map ? map(row) : row);
  }
  return groups;
}

/** The values in the order of `keys`, repeats included; keys that no value has are omitted. */
export function inKeyOrder<K, V>(keys: readonly K[], values: readonly V[], keyOf: (value: V) => K): V[] {
  const byKey = new Map(values.map((value) => [keyOf(value), { value }]));
  return keys.flatMap((key) => {
    const found = byKey.get(key);
    return found ? [found.value] : [];
  });
}
