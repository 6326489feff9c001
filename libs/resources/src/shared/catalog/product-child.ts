import { applyDecorators, Get, Inject, Param, type ModuleMetadata, type Type } from '@nestjs/common';
import type { TObject } from '@sinclair/typebox';
import {
  collection,
  Glue,
  GlueRelationship,
  GlueResource,
  parentSources,
  type GlueCollection,
  type GlueRelatedResources,
  type GlueRelationshipLoader,
  type GlueRequest,
  type GlueResourceNoun,
  type GlueResourceObject,
} from '#glue-core';
import type { ProductFacade } from '#zed-facades/product';
import { productChildPath } from './catalog-paths.js';

/**
 * A product that child resources hang under (`<type>/{sku}/<child type>`): all a child module needs
 * to tell one parent from the other. Each application's parents are named next to its kind of child
 * (`storefrontProductChild`, `backOfficeProductChild`).
 */
export interface ProductParent<TProduct extends { readonly sku: string }, TLookup = ProductFacade> {
  /** The parent's resource type: the head of the child's path, the parent of its relationship. */
  readonly type: string;
  /** How operation summaries name it, with its article: `an abstract product`. */
  readonly noun: string;
  /** The internal id facades batch on. */
  readonly id: (product: TProduct) => number;
  /** The facade `find` reads the product from (its module is among the child module's imports). */
  readonly lookup: Type<TLookup>;
  /**
   * The product the route's `{sku}` names; 404 when there is none, with `notFoundCode` where the
   * parent answers a child's own code (the storefront's Glue codes), else `007`.
   */
  readonly find: (
    lookup: TLookup,
    sku: string,
    request: GlueRequest,
    notFoundCode?: string,
  ) => Promise<TProduct>;
}

/** A child's resources by the sku of the product they belong to. */
export type ResourcesBySku<TAttributes extends object> = ReadonlyMap<
  string,
  readonly GlueResourceObject<TAttributes>[]
>;

/** One child resource under one parent: its type, its route and how its resources load. */
export interface ProductChildOptions<TFacade, TProduct, TAttributes extends object> {
  /** The child's type under this parent (`abstract-product-prices`); it lives at `<parent>/{sku}/<type>`. */
  readonly type: string;
  /**
   * The child's words without its parent (`{ one: 'a price', many: 'the prices' }`); the summaries add
   * the parent's: "List the prices of an abstract product".
   */
  readonly noun: Pick<GlueResourceNoun, 'one' | 'many'>;
  /** Its attributes (sparse fieldsets and the API description read them). */
  readonly attributes: TObject;
  /** The facade `load` calls; its Nest module is among the child module's imports. */
  readonly facade: Type<TFacade>;
  /** The route's access decorators: `Public()` … on the storefront, `Scopes(…)` in the back office. */
  readonly access: readonly MethodDecorator[];
  /** Checks the request before the product lookup: a bad parameter is 400 even for an unknown sku. */
  readonly checkRequest?: (request: GlueRequest) => unknown;
  /** The code of the 404 for an unknown product on the child's route, where it has its own. */
  readonly notFoundCode?: string;
  /** The child resources of every product at once (one facade call), by the product's sku. */
  load(
    facade: TFacade,
    products: readonly TProduct[],
    request: GlueRequest,
  ): Promise<ResourcesBySku<TAttributes>>;
}

/** What a child module provides for one parent: the child route and the parent's relationship to it. */
export interface ProductChild {
  readonly controller: Type;
  readonly relationship: Type;
}

/**
 * One child resource under one parent: `GET <parent>/{sku}/<type>` (a collection, 404 for an
 * unknown product: `notFoundCode`, else the parent's) and the relationship `<parent>` → `<type>` (`include`, one `load` for every parent
 * on the page). A child module calls it once per parent it serves and lists what it returns.
 */
export function productChild<
  TFacade,
  TProduct extends { readonly sku: string },
  TAttributes extends object,
  TLookup = ProductFacade,
>(
  parent: ProductParent<TProduct, TLookup>,
  child: ProductChildOptions<TFacade, TProduct, TAttributes>,
): ProductChild {
  type ParentResource = GlueResourceObject<object, TProduct>;

  @GlueRelationship({ parentType: parent.type, relatedType: child.type })
  class Relationship implements GlueRelationshipLoader<ParentResource> {
    constructor(@Inject(child.facade) private readonly facade: TFacade) {}

    load(parents: readonly ParentResource[], request: GlueRequest): Promise<GlueRelatedResources> {
      return child.load(this.facade, parentSources(parents, child.type), request);
    }

    relatedPath(parentResource: ParentResource): string {
      return productChildPath(parent.type, parentResource.id, child.type);
    }
  }

  @GlueResource({
    type: child.type,
    noun: {
      one: `${child.noun.one} of ${parent.noun}`,
      ...(child.noun.many ? { many: `${child.noun.many} of ${parent.noun}` } : {}),
    },
    path: `${parent.type}/:sku/${child.type}`,
    attributes: child.attributes,
    conventions: ['json-api', 'none'],
  })
  class Controller {
    constructor(
      @Inject(parent.lookup) private readonly lookup: TLookup,
      @Inject(child.facade) private readonly facade: TFacade,
    ) {}

    @Get()
    @applyDecorators(...child.access)
    async list(
      @Glue() request: GlueRequest,
      @Param('sku') sku: string,
    ): Promise<GlueCollection<TAttributes>> {
      child.checkRequest?.(request);
      const product = await parent.find(this.lookup, sku, request, child.notFoundCode);
      const resources = (await child.load(this.facade, [product], request)).get(product.sku) ?? [];
      return collection(resources, resources.length);
    }
  }

  // Named as a hand-written pair would be (`ProductProductPricesController`), for logs and errors.
  const name = `${pascalCase(parent.type.replace(/s$/, ''))}${pascalCase(child.type)}`;
  return {
    controller: named(Controller, `${name}Controller`),
    relationship: named(Relationship, `${name}Relationship`),
  };
}

/**
 * The routes and relationships of a child module, from the children it declares (one per parent):
 * `@Module({ imports, ...productChildren(ABSTRACT_PRODUCT_PRICES, CONCRETE_PRODUCT_PRICES) })`.
 */
export function productChildren(
  ...children: readonly ProductChild[]
): Required<Pick<ModuleMetadata, 'controllers' | 'providers'>> {
  return {
    controllers: children.map((child) => child.controller),
    providers: children.map((child) => child.relationship),
  };
}

function pascalCase(kebab: string): string {
  return kebab.replace(/(?:^|-)([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function named<T extends Type>(type: T, name: string): T {
  return Object.defineProperty(type, 'name', { value: name });
}
