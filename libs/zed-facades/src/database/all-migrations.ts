import { CreateStoreTables1763683200000 } from './migrations/1763683200000-create-store-tables.js';
import { CreateProductTables1763683260000 } from './migrations/1763683260000-create-product-tables.js';
import { CreatePriceProductTables1763683320000 } from './migrations/1763683320000-create-price-product-tables.js';
import { CreateStockTables1763683380000 } from './migrations/1763683380000-create-stock-tables.js';
import { CreateProductImageTables1763683440000 } from './migrations/1763683440000-create-product-image-tables.js';
import { CreateCategoryTables1763683500000 } from './migrations/1763683500000-create-category-tables.js';

/** Every migration, oldest first. Append new ones; never edit one that has landed. */
export const ALL_MIGRATIONS = [
  CreateStoreTables1763683200000,
  CreateProductTables1763683260000,
  CreatePriceProductTables1763683320000,
  CreateStockTables1763683380000,
  CreateProductImageTables1763683440000,
  CreateCategoryTables1763683500000,
] as const;
