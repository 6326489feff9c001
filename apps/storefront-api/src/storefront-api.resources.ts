import type { DynamicModule } from '@nestjs/common';
import { AbstractProductsApiModule } from '#resources/abstract-products-api';
import { CatalogSearchApiModule } from '#resources/catalog-search-api';
import { CategoryNodesApiModule } from '#resources/category-nodes-api';
import { CategoryTreesApiModule } from '#resources/category-trees-api';
import { ConcreteProductsApiModule } from '#resources/concrete-products-api';
import { CustomerAddressesApiModule } from '#resources/customer-addresses-api';
import { CustomersApiModule, type CustomersApiOptions } from '#resources/customers-api';
import { HealthCheckApiModule } from '#resources/health-check-api';
import { ProductAvailabilitiesApiModule } from '#resources/product-availabilities-api';
import { ProductImageSetsApiModule } from '#resources/product-image-sets-api';
import { ProductLabelsApiModule } from '#resources/product-labels-api';
import { ProductManagementAttributesApiModule } from '#resources/product-management-attributes-api';
import { ProductPricesApiModule } from '#resources/product-prices-api';
import { ProductTaxSetsApiModule } from '#resources/product-tax-sets-api';
import { StoresApiModule } from '#resources/stores-api';
import { UrlResolverApiModule } from '#resources/url-resolver-api';

/** What the storefront's resources are configured with. */
export interface StorefrontApiResourcesConfig {
  readonly customers: CustomersApiOptions;
  /** The application's `GlueHealthModule`: Glue's `health-check` reports its checks. */
  readonly health: DynamicModule;
  /** The application's `OAuthApiModule`: `customers` counts current-password checks in its login blocker. */
  readonly oauth: DynamicModule;
}

/** Every resource the storefront serves, alphabetised. A resource exists only where it is listed. */
export const storefrontApiResources = (config: StorefrontApiResourcesConfig) => [
  AbstractProductsApiModule,
  CatalogSearchApiModule,
  CategoryNodesApiModule,
  CategoryTreesApiModule,
  ConcreteProductsApiModule,
  CustomerAddressesApiModule,
  CustomersApiModule.forRoot(config.customers, config.oauth),
  HealthCheckApiModule.forRoot(config.health),
  ProductAvailabilitiesApiModule,
  ProductImageSetsApiModule,
  ProductLabelsApiModule,
  ProductManagementAttributesApiModule,
  ProductPricesApiModule,
  ProductTaxSetsApiModule,
  StoresApiModule,
  UrlResolverApiModule,
];
