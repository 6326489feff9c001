import { AuditLogsBackendApiModule } from '#resources/audit-logs-backend-api';
import { ConcreteProductsBackendApiModule } from '#resources/concrete-products-backend-api';
import { ProductPricesBackendApiModule } from '#resources/product-prices-backend-api';
import { ProductStocksBackendApiModule } from '#resources/product-stocks-backend-api';
import { ProductsBackendApiModule } from '#resources/products-backend-api';
import { UsersBackendApiModule } from '#resources/users-backend-api';

/** Every resource the backend serves, alphabetised. A resource exists only where it is listed. */
export const BACKEND_API_RESOURCES = [
  AuditLogsBackendApiModule,
  ConcreteProductsBackendApiModule,
  ProductPricesBackendApiModule,
  ProductStocksBackendApiModule,
  ProductsBackendApiModule,
  UsersBackendApiModule,
];
