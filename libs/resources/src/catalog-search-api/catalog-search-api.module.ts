import { Module } from '@nestjs/common';
import { CatalogSearchModule } from '#zed-facades/catalog-search';
import { StoreModule } from '#zed-facades/store';
import { CatalogSearchSuggestionsController } from './catalog-search-suggestions.controller.js';
import { CatalogSearchController } from './catalog-search.controller.js';
import { CatalogSearchScopeReader } from './catalog-search.scope.js';

/**
 * Storefront `catalog-search` and `catalog-search-suggestions` (Glue's `CatalogSearchRestApi`). Their
 * `abstract-products` relationships live with that resource (`AbstractProductsApiModule`).
 */
@Module({
  imports: [CatalogSearchModule, StoreModule],
  providers: [CatalogSearchScopeReader],
  controllers: [CatalogSearchController, CatalogSearchSuggestionsController],
})
export class CatalogSearchApiModule {}
