import { ProductErrorCode, ProductException } from '../product.exception.js';
import type { ProductConcreteInput } from '../transfer/product.transfer.js';

interface PgError {
  readonly code?: string;
  readonly constraint?: string;
  readonly detail?: string;
}

/**
 * Turns a unique violation that slipped past the pre-checks (a concurrent writer won the race) into the
 * domain exception the pre-check would have thrown; returns any other error unchanged.
 */
export function translateUniqueViolation(
  error: unknown,
  sku: string,
  concreteProducts: readonly ProductConcreteInput[],
): unknown {
  const pgError = ((error as { driverError?: PgError } | null)?.driverError ?? error) as PgError | null;
  if (pgError?.code !== '23505') {
    return error;
  }
  if (pgError.constraint === 'uq_product_abstract_sku') {
    return new ProductException(
      ProductErrorCode.ABSTRACT_SKU_EXISTS,
      `The sku "${sku}" already exists.`,
      'sku',
    );
  }
  if (pgError.constraint === 'uq_product_concrete_sku') {
    const duplicate = /\(sku\)=\((.*)\)/.exec(pgError.detail ?? '')?.[1];
    const index = concreteProducts.findIndex((concrete) => concrete.sku === duplicate);
    return new ProductException(
      ProductErrorCode.CONCRETE_SKU_EXISTS,
      `The concrete sku "${duplicate ?? ''}" already exists.`,
      index >= 0 ? `concreteProducts.${index}.sku` : 'concreteProducts',
    );
  }
  return error;
}
