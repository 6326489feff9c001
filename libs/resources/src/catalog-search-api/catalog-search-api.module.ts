import { Module } from '@nestjs/common';
import { CatalogSearchModule } from '#zed-facades/catalog-search';
import { CatalogStorageModule } from '#zed-facades/catalog-storage';
import { CatalogSearchSuggestionsController } from './catalog-search-suggestions.controller.js';
import { CatalogSearchController } from './catalog-search.controller.js';
import { CatalogSearchScopeReader } from './catalog-search.scope.js';

/**
 * Storefront `catalog-search` and `catalog-search-suggestions` (Glue's `CatalogSearchRestApi`). Their
 * `abstract-products` relationships live with that resource (`AbstractProductsApiModule`).
 */
@Module({
  imports: [CatalogSearchModule, CatalogStorageModule],
  providers: [CatalogSearchScopeReader],
  controllers: [CatalogSearchController, CatalogSearchSuggestionsController],
})
export class CatalogSearchApiModule {}
