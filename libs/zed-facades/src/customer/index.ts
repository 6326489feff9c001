/**
 * Customer domain: storefront customers (email + argon2id password) and their addresses.
 * Import `CustomerModule` into a Nest module and inject `CustomerFacade`.
 */
export { CustomerFacade } from './customer.facade.js';
export { CustomerModule } from './customer.module.js';
export { CustomerErrorCode, CustomerException } from './customer.exception.js';
export { CUSTOMER_ENTITIES } from './persistence/customer-entities.js';
// For the demo seed; applications register customers through CustomerFacade.
export { insertCustomer, type NewCustomerRow } from './persistence/customer.repository.js';
export {
  GENDERS,
  SALUTATIONS,
  type CurrentPasswordAttempts,
  type CustomerAddressInput,
  type CustomerAddressTransfer,
  type CustomerRegistrationInput,
  type CustomerRegistrationTransfer,
  type CustomerTransfer,
  type CustomerUpdateInput,
  type Gender,
  type Salutation,
} from './transfer/customer.transfer.js';
