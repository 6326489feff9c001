import { PriceProductEntity } from './price-product.entity.js';

export const PRICE_PRODUCT_ENTITIES = [PriceProductEntity] as const;
