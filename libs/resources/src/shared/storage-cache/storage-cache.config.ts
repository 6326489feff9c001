import { configGroup, IsWholeNumberVariable, type ConfigGroup } from '#glue-core';
import { DEFAULT_STORAGE_CACHE_OPTIONS, type StorageCacheOptions } from '#zed-facades/storage-cache';

class StorageCacheVariables {
  @IsWholeNumberVariable(1) readonly STORAGE_CACHE_MAX_ENTRIES: number =
    DEFAULT_STORAGE_CACHE_OPTIONS.maxEntries;
  @IsWholeNumberVariable(1024) readonly STORAGE_CACHE_MAX_BYTES: number =
    DEFAULT_STORAGE_CACHE_OPTIONS.maxBytes;
  @IsWholeNumberVariable(0, 86_400) readonly STORAGE_CACHE_TTL_SECONDS: number =
    DEFAULT_STORAGE_CACHE_OPTIONS.ttlMs / 1000;
  @IsWholeNumberVariable(100, 60_000) readonly STORAGE_CACHE_HEARTBEAT_MS: number =
    DEFAULT_STORAGE_CACHE_OPTIONS.heartbeatMs;
}

/**
 * The storage document cache of each process (docs/architecture.md, "The read model cache"):
 * `STORAGE_CACHE_MAX_ENTRIES`, `STORAGE_CACHE_MAX_BYTES`, `STORAGE_CACHE_TTL_SECONDS` (the safety TTL;
 * 0 turns the cache off) and `STORAGE_CACHE_HEARTBEAT_MS` (how often its LISTEN connection proves it
 * delivers; a silent loss is noticed within twice this).
 */
export function storageCacheConfig(): ConfigGroup<StorageCacheOptions> {
  return configGroup(StorageCacheVariables, '', (values) => ({
    maxEntries: values.STORAGE_CACHE_MAX_ENTRIES,
    maxBytes: values.STORAGE_CACHE_MAX_BYTES,
    ttlMs: values.STORAGE_CACHE_TTL_SECONDS * 1000,
    heartbeatMs: values.STORAGE_CACHE_HEARTBEAT_MS,
  }));
}
