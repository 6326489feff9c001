import { Injectable } from '@nestjs/common';
import { StoreReader } from './persistence/store.reader.js';
import type { StoreTransfer } from './transfer/store.transfer.js';

/** Stores with their locales, currencies and countries. */
@Injectable()
export class StoreFacade {
  constructor(private readonly storeReader: StoreReader) {}

  /** Every store, ordered by name; default locale and currency come first in their lists. */
  getStores(): Promise<readonly StoreTransfer[]> {
    return this.storeReader.getStores();
  }

  findStoreByName(name: string): Promise<StoreTransfer | null> {
    return this.storeReader.findStoreByName(name);
  }

  /** Every active locale name (`de_DE`, `en_US`, …), sorted. */
  getLocaleNames(): Promise<readonly string[]> {
    return this.storeReader.getLocaleNames();
  }
}
