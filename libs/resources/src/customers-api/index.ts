/** Storefront resource `customers`: registration and the customer's own account. */
export { CustomersApiModule } from './customers-api.module.js';
export { customersApiConfig, type CustomersApiOptions } from './customers-api.options.js';
