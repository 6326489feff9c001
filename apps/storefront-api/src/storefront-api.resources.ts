import type { DynamicModule } from '@nestjs/common';
import { AbstractProductAvailabilitiesApiModule } from '#resources/abstract-product-availabilities-api';
import { AbstractProductImageSetsApiModule } from '#resources/abstract-product-image-sets-api';
import { AbstractProductPricesApiModule } from '#resources/abstract-product-prices-api';
import { AbstractProductsApiModule } from '#resources/abstract-products-api';
import { CategoryNodesApiModule } from '#resources/category-nodes-api';
import { CategoryTreesApiModule } from '#resources/category-trees-api';
import { ConcreteProductAvailabilitiesApiModule } from '#resources/concrete-product-availabilities-api';
import { ConcreteProductImageSetsApiModule } from '#resources/concrete-product-image-sets-api';
import { ConcreteProductPricesApiModule } from '#resources/concrete-product-prices-api';
import { ConcreteProductsApiModule } from '#resources/concrete-products-api';
import { CustomerAddressesApiModule } from '#resources/customer-addresses-api';
import { CustomersApiModule, type CustomersApiOptions } from '#resources/customers-api';
import { HealthCheckApiModule } from '#resources/health-check-api';
import { StoresApiModule } from '#resources/stores-api';

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
  AbstractProductAvailabilitiesApiModule,
  AbstractProductImageSetsApiModule,
  AbstractProductPricesApiModule,
  AbstractProductsApiModule,
  CategoryNodesApiModule,
  CategoryTreesApiModule,
  ConcreteProductAvailabilitiesApiModule,
  ConcreteProductImageSetsApiModule,
  ConcreteProductPricesApiModule,
  ConcreteProductsApiModule,
  CustomerAddressesApiModule,
  CustomersApiModule.forRoot(config.customers, config.oauth),
  HealthCheckApiModule.forRoot(config.health),
  StoresApiModule,
];
