import { PriceProductVolumeEntity } from './price-product-volume.entity.js';
import { PriceProductEntity } from './price-product.entity.js';

export const PRICE_PRODUCT_ENTITIES = [PriceProductEntity, PriceProductVolumeEntity] as const;
