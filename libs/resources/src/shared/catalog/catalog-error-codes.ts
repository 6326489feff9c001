import { GlueHttpException } from '#glue-core';

/**
 * Glue's error codes of the storefront catalog (its `ProductsRestApi`, `ProductPricesRestApi`,
 * `ProductAvailabilitiesRestApi`, `ProductImageSetsRestApi` and `CategoriesRestApi`), answered in both
 * compatibility modes:
 * a code is not a JSON:API rule, and the contract keeps Glue's codes wherever Glue has one.
 */
export const CatalogApiErrorCode = {
  /** 404: `abstract-products/{sku}` names no active abstract product. */
  AbstractProductNotFound: '301',
  /** 404: `concrete-products/{sku}` names no active concrete product. */
  ConcreteProductNotFound: '302',
  /** 404: the image sets of an unknown abstract product. */
  AbstractProductImageSetsNotFound: '303',
  /** 404: the image sets of an unknown concrete product. */
  ConcreteProductImageSetsNotFound: '304',
  /** 404: the availability of an unknown abstract product. */
  AbstractProductAvailabilityNotFound: '305',
  /** 404: the availability of an unknown concrete product. */
  ConcreteProductAvailabilityNotFound: '306',
  /** 404: the prices of an unknown abstract product. */
  AbstractProductPricesNotFound: '307',
  /** 404: the prices of an unknown concrete product. */
  ConcreteProductPricesNotFound: '308',
  /** 400: the path names no abstract product sku. */
  AbstractProductSkuMissing: '311',
  /** 400: the path names no concrete product sku. */
  ConcreteProductSkuMissing: '312',
  /** 400: `currency` is no ISO 4217 code, or one the store does not offer. */
  InvalidCurrency: '313',
  /** 400: `priceMode` is neither `GROSS_MODE` nor `NET_MODE`. */
  InvalidPriceMode: '314',
  /** 404: `category-nodes/{id}` names no active node (a malformed id names none either). */
  CategoryNodeNotFound: '703',
} as const;

export type CatalogApiErrorCode = (typeof CatalogApiErrorCode)[keyof typeof CatalogApiErrorCode];

/** A 404 with a resource's own code (`GlueHttpException.notFound` is the generic `007`). */
export function catalogNotFound(detail: string, code: string): GlueHttpException {
  return GlueHttpException.of({ status: 404, code, title: 'Resource not found', detail });
}
