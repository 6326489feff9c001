import type { CountryTransfer } from '#zed-facades/store';

export const SALUTATIONS = ['Mr', 'Mrs', 'Ms', 'Dr'] as const;
export type Salutation = (typeof SALUTATIONS)[number];

/** What Glue accepts (`Male`, `Female`) and `Diverse`. */
export const GENDERS = ['Male', 'Female', 'Diverse'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * The account kind of customers' sessions (`#zed-facades/oauth`), whose id is the customer reference: the
 * kind the storefront's OAuth server gives its accounts (glue-core's `CUSTOMER_IDENTITY_KIND`).
 */
export const CUSTOMER_SESSION_KIND = 'customer';

/**
 * What a registration with confirmation answers: the registered profile, the same whether the
 * email was free or its registration unconfirmed (a customer with this reference now waits for
 * confirmation) or a confirmed customer's (nothing was written; the reference was drawn as for a
 * new customer and stays unused).
 */
export interface CustomerRegistrationTransfer {
  /** `<STORE>--<id>`, e.g. `DE--1`: the customer's public identifier. */
  readonly customerReference: string;
  readonly email: string;
  readonly salutation: Salutation | null;
  readonly gender: Gender | null;
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly dateOfBirth: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A storefront customer; never carries the password hash. */
export interface CustomerTransfer extends CustomerRegistrationTransfer {
  readonly id: number;
}

export interface CustomerRegistrationInput {
  readonly email: string;
  readonly password: string;
  readonly salutation?: Salutation | null;
  /** One of GENDERS (GENDER_INVALID otherwise). */
  readonly gender?: string | null;
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly dateOfBirth?: string | null;
  /** The store the customer registers in; prefixes the customer reference. */
  readonly store: string;
}

/** Omitted fields stay as they are. Changing the password or the email requires `currentPassword`. */
export interface CustomerUpdateInput {
  readonly email?: string;
  readonly salutation?: Salutation | null;
  /** One of GENDERS (GENDER_INVALID otherwise); null clears it. */
  readonly gender?: string | null;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly dateOfBirth?: string | null;
  readonly password?: string;
  readonly currentPassword?: string;
}

/**
 * Counts checks of a customer's current password as its logins are counted (the application's login
 * blocker), by the customer's e-mail address: `reserve` before a check (throwing refuses the check),
 * `recordSuccess` after the right password, `release` when the check could not be made. A wrong
 * password keeps its place.
 */
export interface CurrentPasswordAttempts {
  reserve(email: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
  release(email: string): Promise<void>;
}

export interface CustomerAddressInput {
  readonly salutation: Salutation;
  readonly firstName: string;
  readonly lastName: string;
  readonly address1: string;
  readonly address2?: string | null;
  readonly address3?: string | null;
  readonly zipCode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2 code of a country the store domain knows (COUNTRY_NOT_FOUND otherwise). */
  readonly iso2Code: string;
  readonly company?: string | null;
  readonly phone?: string | null;
  readonly isDefaultShipping?: boolean;
  readonly isDefaultBilling?: boolean;
}

export interface CustomerAddressTransfer {
  /** A uuid. */
  readonly id: string;
  readonly salutation: Salutation;
  readonly firstName: string;
  readonly lastName: string;
  readonly address1: string;
  readonly address2: string | null;
  readonly address3: string | null;
  readonly zipCode: string;
  readonly city: string;
  readonly iso2Code: string;
  /** The country of `iso2Code`; null for a code no country has (an address older than the country data). */
  readonly country: CountryTransfer | null;
  readonly company: string | null;
  readonly phone: string | null;
  readonly isDefaultShipping: boolean;
  readonly isDefaultBilling: boolean;
}
