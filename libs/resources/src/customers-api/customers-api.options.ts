import { configGroup, IsSwitchVariable, type ConfigGroup } from '#glue-core';

/** How the storefront's `customers` resource behaves. */
export interface CustomersApiOptions {
  /**
   * Registration with confirmation (double opt-in, off by default as in Glue): a new account can
   * log in only once its owner confirms with the key mailed to the address, and a registration
   * with an email that has an account gets the answer a new one gets (its owner is told by mail).
   */
  readonly registrationConfirmation: boolean;
}

export const CUSTOMERS_API_OPTIONS = Symbol('CUSTOMERS_API_OPTIONS');

class CustomersApiVariables {
  @IsSwitchVariable() readonly CUSTOMER_REGISTRATION_CONFIRMATION: boolean = false;
}

/** `<PREFIX>_CUSTOMER_REGISTRATION_CONFIRMATION` (default off). */
export function customersApiConfig(prefix: string): ConfigGroup<CustomersApiOptions> {
  return configGroup(CustomersApiVariables, `${prefix}_`, (values) => ({
    registrationConfirmation: values.CUSTOMER_REGISTRATION_CONFIRMATION,
  }));
}
