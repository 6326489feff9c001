import { AUDIT_LOG_ENTITIES } from '#zed-facades/audit-log';
import { CATALOG_SEARCH_ENTITIES } from '#zed-facades/catalog-search';
import { CATALOG_STORAGE_ENTITIES } from '#zed-facades/catalog-storage';
import { CATEGORY_ENTITIES } from '#zed-facades/category';
import { CUSTOMER_ENTITIES } from '#zed-facades/customer';
import { MAIL_ENTITIES } from '#zed-facades/mail';
import { OAUTH_ENTITIES } from '#zed-facades/oauth';
import { PRICE_PRODUCT_ENTITIES } from '#zed-facades/price-product';
import { PRODUCT_ENTITIES } from '#zed-facades/product';
import { PRODUCT_ATTRIBUTE_ENTITIES } from '#zed-facades/product-attribute';
import { PRODUCT_IMAGE_ENTITIES } from '#zed-facades/product-image';
import { PRODUCT_LABEL_ENTITIES } from '#zed-facades/product-label';
import { STOCK_ENTITIES } from '#zed-facades/stock';
import { STORE_ENTITIES } from '#zed-facades/store';
import { TAX_ENTITIES } from '#zed-facades/tax';
import { USER_ENTITIES } from '#zed-facades/user';

/** Every entity of every domain, for the one DataSource of an application. */
export const ALL_ENTITIES = [
  ...AUDIT_LOG_ENTITIES,
  ...CATALOG_SEARCH_ENTITIES,
  ...CATALOG_STORAGE_ENTITIES,
  ...CATEGORY_ENTITIES,
  ...CUSTOMER_ENTITIES,
  ...MAIL_ENTITIES,
  ...OAUTH_ENTITIES,
  ...PRICE_PRODUCT_ENTITIES,
  ...PRODUCT_ENTITIES,
  ...PRODUCT_ATTRIBUTE_ENTITIES,
  ...PRODUCT_IMAGE_ENTITIES,
  ...PRODUCT_LABEL_ENTITIES,
  ...STOCK_ENTITIES,
  ...STORE_ENTITIES,
  ...TAX_ENTITIES,
  ...USER_ENTITIES,
] as const;
