import { configGroup, IsStringVariable, type ConfigGroup } from '#glue-core';

class StoreContextVariables {
  @IsStringVariable(/^[A-Z][A-Z0-9_]{0,31}$/) readonly DEFAULT_STORE: string = 'DE';
}

/** `DEFAULT_STORE` (default `DE`): the store of a request without a `Store` header. */
export function defaultStoreConfig(): ConfigGroup<string> {
  return configGroup(StoreContextVariables, '', (values) => values.DEFAULT_STORE);
}
