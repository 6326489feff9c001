import { ProductsBackendApiModule } from '#resources/products-backend-api';

/** Every resource the backend serves, alphabetised. A resource exists only where it is listed. */
export const BACKEND_API_RESOURCES = [ProductsBackendApiModule];
