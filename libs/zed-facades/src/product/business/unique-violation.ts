import { uniqueViolationOf } from '#zed-facades/persistence-support';
import { ProductErrorCode, ProductException } from '../product.exception.js';
import type { ProductConcreteInput } from '../transfer/product.transfer.js';

/**
 * Turns a unique violation that slipped past the pre-checks (a concurrent writer won the race) into the
 * domain exception the pre-check would have thrown; returns any other error unchanged.
 */
export function translateUniqueViolation(
  error: unknown,
  sku: string,
  concreteProducts: readonly ProductConcreteInput[],
): unknown {
  const violation = uniqueViolationOf(error);
  if (violation === null) {
    return error;
  }
  if (violation.constraint === 'uq_product_abstract_sku') {
    return new ProductException(
      ProductErrorCode.ABSTRACT_SKU_EXISTS,
      `The sku "${sku}" already exists.`,
      'sku',
    );
  }
  if (violation.constraint === 'uq_product_concrete_sku') {
    const duplicate = /\(sku\)=\((.*)\)/.exec(violation.detail ?? '')?.[1];
    const index = concreteProducts.findIndex((concrete) => concrete.sku === duplicate);
    return new ProductException(
      ProductErrorCode.CONCRETE_SKU_EXISTS,
      `The concrete sku "${duplicate ?? ''}" already exists.`,
      index >= 0 ? `concreteProducts.${index}.sku` : 'concreteProducts',
    );
  }
  return error;
}
