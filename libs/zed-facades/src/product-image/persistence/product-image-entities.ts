import { ProductImageSetEntity } from './product-image-set.entity.js';
import { ProductImageEntity } from './product-image.entity.js';

export const PRODUCT_IMAGE_ENTITIES = [ProductImageEntity, ProductImageSetEntity] as const;
