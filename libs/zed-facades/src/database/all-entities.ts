import { AUDIT_LOG_ENTITIES } from '#zed-facades/audit-log';
import { CATEGORY_ENTITIES } from '#zed-facades/category';
import { CUSTOMER_ENTITIES } from '#zed-facades/customer';
import { MAIL_ENTITIES } from '#zed-facades/mail';
import { OAUTH_ENTITIES } from '#zed-facades/oauth';
import { PRICE_PRODUCT_ENTITIES } from '#zed-facades/price-product';
import { PRODUCT_ENTITIES } from '#zed-facades/product';
import { PRODUCT_IMAGE_ENTITIES } from '#zed-facades/product-image';
import { STOCK_ENTITIES } from '#zed-facades/stock';
import { STORE_ENTITIES } from '#zed-facades/store';
import { USER_ENTITIES } from '#zed-facades/user';

/** Every entity of every domain, for the one DataSource of an application. */
export const ALL_ENTITIES = [
  ...AUDIT_LOG_ENTITIES,
  ...CATEGORY_ENTITIES,
  ...CUSTOMER_ENTITIES,
  ...MAIL_ENTITIES,
  ...OAUTH_ENTITIES,
  ...PRICE_PRODUCT_ENTITIES,
  ...PRODUCT_ENTITIES,
  ...PRODUCT_IMAGE_ENTITIES,
  ...STOCK_ENTITIES,
  ...STORE_ENTITIES,
  ...USER_ENTITIES,
] as const;
