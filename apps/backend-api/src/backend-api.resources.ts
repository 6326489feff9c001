import { AuditLogsBackendApiModule } from '#resources/audit-logs-backend-api';
import { ProductsBackendApiModule } from '#resources/products-backend-api';
import { UsersBackendApiModule } from '#resources/users-backend-api';

/** Every resource the backend serves, alphabetised. A resource exists only where it is listed. */
export const BACKEND_API_RESOURCES = [
  AuditLogsBackendApiModule,
  ProductsBackendApiModule,
  UsersBackendApiModule,
];
