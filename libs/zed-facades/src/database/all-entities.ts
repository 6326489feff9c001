import { CATEGORY_ENTITIES } from '#zed-facades/category';
import { PRICE_PRODUCT_ENTITIES } from '#zed-facades/price-product';
import { PRODUCT_ENTITIES } from '#zed-facades/product';
import { PRODUCT_IMAGE_ENTITIES } from '#zed-facades/product-image';
import { STOCK_ENTITIES } from '#zed-facades/stock';
import { STORE_ENTITIES } from '#zed-facades/store';

/** Every entity of every domain, for the one DataSource of an application. */
export const ALL_ENTITIES = [
  ...CATEGORY_ENTITIES,
  ...PRICE_PRODUCT_ENTITIES,
  ...PRODUCT_ENTITIES,
  ...PRODUCT_IMAGE_ENTITIES,
  ...STOCK_ENTITIES,
  ...STORE_ENTITIES,
] as const;
