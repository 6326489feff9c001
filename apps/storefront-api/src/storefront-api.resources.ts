import { AbstractProductsApiModule } from '#resources/abstract-products-api';
import { ConcreteProductsApiModule } from '#resources/concrete-products-api';
import { CustomerAddressesApiModule } from '#resources/customer-addresses-api';
import { CustomersApiModule } from '#resources/customers-api';
import { StoresApiModule } from '#resources/stores-api';

/** Every resource the storefront serves, alphabetised. A resource exists only where it is listed. */
export const STOREFRONT_API_RESOURCES = [
  AbstractProductsApiModule,
  ConcreteProductsApiModule,
  CustomerAddressesApiModule,
  CustomersApiModule,
  StoresApiModule,
];
