import { ProductAbstractLocalizedAttributesEntity } from './product-abstract-localized-attributes.entity.js';
import { ProductAbstractEntity } from './product-abstract.entity.js';
import { ProductConcreteLocalizedAttributesEntity } from './product-concrete-localized-attributes.entity.js';
import { ProductConcreteEntity } from './product-concrete.entity.js';

export const PRODUCT_ENTITIES = [
  ProductAbstractEntity,
  ProductAbstractLocalizedAttributesEntity,
  ProductConcreteEntity,
  ProductConcreteLocalizedAttributesEntity,
] as const;
