import type { Type } from '@nestjs/common';
import type { TObject } from '@sinclair/typebox';
import { GlueHttpException, Public, PublicCache, type Attributes, type GlueRequest } from '#glue-core';
import { CatalogStorageFacade } from '#zed-facades/catalog-storage';
import type { AbstractProductTransfer, ConcreteProductTransfer } from '#zed-facades/product';
import { CatalogApiErrorCode } from './catalog-error-codes.js';
import { productChildPath } from './catalog-paths.js';
import { ABSTRACT_PRODUCTS_TYPE, CONCRETE_PRODUCTS_TYPE } from './catalog-types.js';
import {
  productChild,
  type ProductChild,
  type ProductChildOptions,
  type ProductParent,
  type ResourcesBySku,
} from './product-child.js';
import { requireActiveProduct } from './product-lookup.js';
import { requestStore } from '#resources/shared/store-context';
import { requestLocale } from './request-locale.js';

/** The storefront's abstract product: an active one, in the request's store and locale, from the published catalog. */
export const ABSTRACT_PRODUCT_PARENT = storefrontParent<AbstractProductTransfer>({
  type: ABSTRACT_PRODUCTS_TYPE,
  noun: 'an abstract product',
  label: 'Abstract product',
  notFoundCode: CatalogApiErrorCode.AbstractProductNotFound,
  missingSkuCode: CatalogApiErrorCode.AbstractProductSkuMissing,
  id: (product) => product.idProductAbstract,
  findBySkus: (storage, skus, request) =>
    storage.findAbstractProductsBySkus(skus, requestStore(request), requestLocale(request)),
});

/** The storefront's concrete product: an active one, in the request's store and locale, from the published catalog. */
export const CONCRETE_PRODUCT_PARENT = storefrontParent<ConcreteProductTransfer>({
  type: CONCRETE_PRODUCTS_TYPE,
  noun: 'a concrete product',
  label: 'Concrete product',
  notFoundCode: CatalogApiErrorCode.ConcreteProductNotFound,
  missingSkuCode: CatalogApiErrorCode.ConcreteProductSkuMissing,
  id: (product) => product.idProductConcrete,
  findBySkus: (storage, skus, request) =>
    storage.findConcreteProductsBySkus(skus, requestStore(request), requestLocale(request)),
});

/** A child's attributes: their schema, and how they are made of what its facade found for a product. */
export interface ChildAttributes<TFound, TAttributes extends object> {
  readonly schema: TObject;
  /** `undefined`: the product has no resource. */
  readonly from: (found: TFound | undefined) => TAttributes | undefined;
}

/** A child's attributes, the mapping typed by the schema so that the two cannot drift apart. */
export function childAttributes<TSchema extends TObject, TFound>(
  schema: TSchema,
  from: (found: TFound | undefined) => Attributes<TSchema> | undefined,
): ChildAttributes<TFound, Attributes<TSchema>> {
  return { schema, from };
}

export interface StorefrontProductChildOptions<TFacade, TFound, TAttributes extends object> {
  /** The child's type under this parent (`abstract-product-prices`). */
  readonly type: string;
  /** The child's words without its parent (`{ one: 'a price', many: 'the prices' }`). */
  readonly noun: ProductChildOptions<TFacade, never, TAttributes>['noun'];
  /** The facade `load` calls; its Nest module is among the child module's imports. */
  readonly facade: Type<TFacade>;
  /** Its attributes' schema, and how they are made of what `load` found for a product. */
  readonly attributes: ChildAttributes<TFound, TAttributes>;
  /** Checks the request before the product lookup: a bad parameter is 400 even for an unknown sku. */
  readonly checkRequest?: (request: GlueRequest) => unknown;
  /** Glue's code of the 404 for an unknown product on this child's route (`307` for abstract prices). */
  readonly notFoundCode: string;
  /** One facade call for the products' skus: what each product's resource is made of, by sku. */
  load(facade: TFacade, skus: readonly string[], request: GlueRequest): Promise<ReadonlyMap<string, TFound>>;
}

/**
 * A storefront child of a product as Glue has them: public and publicly cacheable, one resource per
 * product whose id is the product's sku (see `productChild` for the route and the relationship).
 */
export function storefrontProductChild<
  TFacade,
  TProduct extends { readonly sku: string },
  TFound,
  TAttributes extends object,
  TLookup = CatalogStorageFacade,
>(
  parent: ProductParent<TProduct, TLookup>,
  child: StorefrontProductChildOptions<TFacade, TFound, TAttributes>,
): ProductChild {
  return productChild(parent, {
    ...child,
    attributes: child.attributes.schema,
    access: [Public(), PublicCache()],
    async load(facade, products, request): Promise<ResourcesBySku<TAttributes>> {
      const found = await child.load(facade, [...new Set(products.map((product) => product.sku))], request);
      return new Map(
        products.map((product) => {
          const attributes = child.attributes.from(found.get(product.sku));
          if (attributes === undefined) return [product.sku, []];
          const selfPath = productChildPath(parent.type, product.sku, child.type);
          return [product.sku, [{ type: child.type, id: product.sku, selfPath, attributes }]];
        }),
      );
    },
  });
}

/**
 * A storefront parent: inactive products do not exist on the storefront (404 with Glue's code: the
 * parent's own, `301` or `302`, or the child's on a child route). A blank sku in the path is no sku:
 * 400 `311` / `312`, as Glue answers a path without one.
 */
function storefrontParent<TProduct extends { readonly sku: string; readonly isActive: boolean }>(parent: {
  readonly type: string;
  readonly noun: string;
  readonly label: 'Abstract product' | 'Concrete product';
  readonly notFoundCode: string;
  readonly missingSkuCode: string;
  readonly id: (product: TProduct) => number;
  readonly findBySkus: (
    storage: CatalogStorageFacade,
    skus: readonly string[],
    request: GlueRequest,
  ) => Promise<readonly TProduct[]>;
}): ProductParent<TProduct, CatalogStorageFacade> {
  return {
    type: parent.type,
    noun: parent.noun,
    id: parent.id,
    lookup: CatalogStorageFacade,
    find: async (storage, sku, request, notFoundCode = parent.notFoundCode) => {
      if (sku.trim() === '') {
        // Glue's words: "Abstract product sku is not specified."
        const detail = `${parent.label} sku is not specified.`;
        throw GlueHttpException.badRequest(detail, undefined, parent.missingSkuCode);
      }
      const [found] = await parent.findBySkus(storage, [sku], request);
      return requireActiveProduct(found, parent.label, sku, notFoundCode);
    },
  };
}
