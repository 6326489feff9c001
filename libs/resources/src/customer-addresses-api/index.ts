/** Storefront resource `addresses` under `customers/{customerReference}`: the customer's address book. */
export { CustomerAddressesApiModule } from './customer-addresses-api.module.js';
