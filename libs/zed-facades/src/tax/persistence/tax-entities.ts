import { ProductAbstractTaxSetEntity } from './product-abstract-tax-set.entity.js';
import { TaxRateEntity } from './tax-rate.entity.js';
import { TaxSetTaxRateEntity } from './tax-set-tax-rate.entity.js';
import { TaxSetEntity } from './tax-set.entity.js';

export const TAX_ENTITIES = [
  ProductAbstractTaxSetEntity,
  TaxRateEntity,
  TaxSetEntity,
  TaxSetTaxRateEntity,
] as const;
