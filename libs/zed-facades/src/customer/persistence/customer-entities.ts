import { CustomerAddressEntity } from './customer-address.entity.js';
import { CustomerEntity } from './customer.entity.js';

export const CUSTOMER_ENTITIES = [CustomerEntity, CustomerAddressEntity] as const;
