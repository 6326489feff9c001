import { CreateStoreTables1763683200000 } from './migrations/1763683200000-create-store-tables.js';
import { CreateProductTables1763683260000 } from './migrations/1763683260000-create-product-tables.js';
import { CreatePriceProductTables1763683320000 } from './migrations/1763683320000-create-price-product-tables.js';
import { CreateStockTables1763683380000 } from './migrations/1763683380000-create-stock-tables.js';
import { CreateProductImageTables1763683440000 } from './migrations/1763683440000-create-product-image-tables.js';
import { CreateCategoryTables1763683500000 } from './migrations/1763683500000-create-category-tables.js';
import { CreateBackOfficeUserTable1763769600000 } from './migrations/1763769600000-create-back-office-user-table.js';
import { CreateCustomerTables1763769660000 } from './migrations/1763769660000-create-customer-tables.js';
import { CreateOauthRefreshTokenTable1763769720000 } from './migrations/1763769720000-create-oauth-refresh-token-table.js';
import { CreateAuditLogTable1763769780000 } from './migrations/1763769780000-create-audit-log-table.js';
import { CreateOauthSessionTable1764115200000 } from './migrations/1764115200000-create-oauth-session-table.js';
import { CreateMailOutboxTable1764288000000 } from './migrations/1764288000000-create-mail-outbox-table.js';
import { AddCustomerRegistrationConfirmation1764288060000 } from './migrations/1764288060000-add-customer-registration-confirmation.js';
import { DropOauthRefreshTokenSubjectIndex1764374400000 } from './migrations/1764374400000-drop-oauth-refresh-token-subject-index.js';
import { CreateCountryTables1765010000000 } from './migrations/1765010000000-create-country-tables.js';
import { AddCustomerGenderAndAnonymization1765010060000 } from './migrations/1765010060000-add-customer-gender-and-anonymization.js';
import { CreatePriceProductVolumeTable1765020000000 } from './migrations/1765020000000-create-price-product-volume-table.js';
import { CreateProductLabelTables1765030000000 } from './migrations/1765030000000-create-product-label-tables.js';
import { CreateTaxTables1765030060000 } from './migrations/1765030060000-create-tax-tables.js';
import { CreateProductManagementAttributeTables1765030120000 } from './migrations/1765030120000-create-product-management-attribute-tables.js';
import { AddUrlIndexes1765030180000 } from './migrations/1765030180000-add-url-indexes.js';
import { CreateCatalogSearchTables1766100000000 } from './migrations/1766100000000-create-catalog-search-tables.js';
import { CreateCatalogStorageTable1766200000000 } from './migrations/1766200000000-create-catalog-storage-table.js';

/** Every migration, oldest first. Append new ones; never edit one that has landed. */
export const ALL_MIGRATIONS = [
  CreateStoreTables1763683200000,
  CreateProductTables1763683260000,
  CreatePriceProductTables1763683320000,
  CreateStockTables1763683380000,
  CreateProductImageTables1763683440000,
  CreateCategoryTables1763683500000,
  CreateBackOfficeUserTable1763769600000,
  CreateCustomerTables1763769660000,
  CreateOauthRefreshTokenTable1763769720000,
  CreateAuditLogTable1763769780000,
  CreateOauthSessionTable1764115200000,
  CreateMailOutboxTable1764288000000,
  AddCustomerRegistrationConfirmation1764288060000,
  DropOauthRefreshTokenSubjectIndex1764374400000,
  CreateCountryTables1765010000000,
  AddCustomerGenderAndAnonymization1765010060000,
  CreatePriceProductVolumeTable1765020000000,
  CreateProductLabelTables1765030000000,
  CreateTaxTables1765030060000,
  CreateProductManagementAttributeTables1765030120000,
  AddUrlIndexes1765030180000,
  CreateCatalogSearchTables1766100000000,
  CreateCatalogStorageTable1766200000000,
] as const;
