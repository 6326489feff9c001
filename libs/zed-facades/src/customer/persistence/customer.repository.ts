import type { EntityManager } from 'typeorm';
import { NOW } from '#zed-facades/persistence-support';
import type { Gender, Salutation } from '../transfer/customer.transfer.js';
import { CustomerEntity } from './customer.entity.js';

/** A customer row to insert; the email is already normalised and the password already hashed. */
export interface NewCustomerRow {
  /** The store the customer registers in; prefixes the customer reference. */
  readonly store: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly salutation: Salutation | null;
  readonly gender: Gender | null;
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly dateOfBirth: string | null;
  /** SHA-256 (hex) of a mailed confirmation key: the customer waits for it. Absent: confirmed now. */
  readonly registrationKeyHash?: string;
}

/** What the database gave a registered customer: its id, its reference `<STORE>--<id>`, its times. */
export interface RegisteredCustomerRow {
  readonly idCustomer: number;
  readonly customerReference: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface RegisteredRow {
  readonly id_customer: number;
  readonly customer_reference: string;
  readonly created_at: Date;
  readonly updated_at: Date;
}

// The id is drawn from the identity sequence first, so the reference `<STORE>--<id>` is written together
// with the row (and the sequence stays in step for the next registration). Parameters: $1 the store, $2 to
// $7 the row, $8 the registration key's hash (null: confirmed now), $9 the gender.
const NEXT_ID = "SELECT nextval(pg_get_serial_sequence('customer', 'id_customer'))::integer AS id";
const INSERT_FROM_NEXT = `
  INSERT INTO customer
    (id_customer, customer_reference, email, password_hash, salutation, first_name, last_name, date_of_birth,
     registration_key_hash, confirmed_at, gender)
  SELECT next.id, $1 || '--' || next.id, $2, $3, $4, $5, $6, $7, $8::char(64), CASE WHEN $8 IS NULL THEN now() END,
         $9
  FROM next`;

const INSERT_CUSTOMER = `
  WITH next AS (${NEXT_ID})
  ${INSERT_FROM_NEXT}
  RETURNING id_customer, customer_reference, created_at, updated_at`;

// One statement, whatever the email: the id is drawn every time, and the answer is the drawn reference
// and the statement's time. A free email gets a new row; an unconfirmed customer's row is replaced, to
// the reference and times (no address can hang on it: adding one needs a login, a login a confirmation);
// a confirmed customer's row stays as it is (written: false).
const REGISTER_UNCONFIRMED = `
  WITH next AS (${NEXT_ID}), written AS (
    ${INSERT_FROM_NEXT}
    ON CONFLICT ON CONSTRAINT uq_customer_email DO UPDATE SET
      id_customer = excluded.id_customer,
      customer_reference = excluded.customer_reference,
      password_hash = excluded.password_hash,
      salutation = excluded.salutation,
      gender = excluded.gender,
      first_name = excluded.first_name,
      last_name = excluded.last_name,
      date_of_birth = excluded.date_of_birth,
      registration_key_hash = excluded.registration_key_hash,
      created_at = now(),
      updated_at = now()
    WHERE customer.confirmed_at IS NULL
    RETURNING id_customer
  )
  SELECT next.id AS id_customer, $1 || '--' || next.id AS customer_reference, now() AS created_at,
         now() AS updated_at, EXISTS (SELECT FROM written) AS written
  FROM next`;

function parametersOf(customer: NewCustomerRow): unknown[] {
  return [
    customer.store,
    customer.email,
    customer.passwordHash,
    customer.salutation,
    customer.firstName,
    customer.lastName,
    customer.dateOfBirth,
    customer.registrationKeyHash ?? null,
    customer.gender,
  ];
}

function toRegisteredCustomerRow(row: RegisteredRow | undefined): RegisteredCustomerRow {
  if (!row) {
    throw new Error('INSERT … RETURNING returned no row.');
  }
  return {
    idCustomer: row.id_customer,
    customerReference: row.customer_reference,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Inserts a customer with its reference `<STORE>--<id>` in one statement; a taken email is the unique
 * violation of `uq_customer_email`. The registration and the demo seed share it, so seeded and
 * registered customers draw their references the same way.
 */
export async function insertCustomer(
  manager: EntityManager,
  customer: NewCustomerRow,
): Promise<RegisteredCustomerRow> {
  const [row] = await manager.query<RegisteredRow[]>(INSERT_CUSTOMER, parametersOf(customer));
  return toRegisteredCustomerRow(row);
}

/**
 * Writes a customer waiting for confirmation, in one statement that draws a reference whatever the
 * email: a new row for a free email; for an email whose customer is not confirmed yet, that row
 * replaced (password hash, profile, key, reference and times: the earlier registration's key and
 * password stop working, so registering somebody else's address first claims nothing); nothing for a
 * confirmed customer's email. `written` tells whether a row was written; the rest of the answer is the
 * same in every case.
 */
export async function registerUnconfirmedCustomer(
  manager: EntityManager,
  customer: NewCustomerRow & { readonly registrationKeyHash: string },
): Promise<RegisteredCustomerRow & { readonly written: boolean }> {
  const [row] = await manager.query<(RegisteredRow & { written: boolean })[]>(
    REGISTER_UNCONFIRMED,
    parametersOf(customer),
  );
  return { ...toRegisteredCustomerRow(row), written: row?.written ?? false };
}

/**
 * Confirms the customer waiting for the key whose hash is given, and answers its reference; null when no
 * unconfirmed customer waits for that key.
 */
export async function confirmRegistration(manager: EntityManager, keyHash: string): Promise<string | null> {
  const result = await manager
    .createQueryBuilder()
    .update(CustomerEntity)
    .set({ confirmedAt: NOW, registrationKeyHash: null, updatedAt: NOW })
    .where('registration_key_hash = :hash AND confirmed_at IS NULL', { hash: keyHash })
    .returning('customer_reference')
    .execute();
  const [row] = result.raw as { customer_reference: string }[];
  return row?.customer_reference ?? null;
}

/** Sets a customer's password hash; answers the row's new `updated_at`, or null when the row is gone. */
export async function updatePasswordHash(
  manager: EntityManager,
  idCustomer: number,
  passwordHash: string,
): Promise<Date | null> {
  const updated = await manager
    .createQueryBuilder()
    .update(CustomerEntity)
    .set({ passwordHash, updatedAt: NOW })
    .where({ idCustomer })
    .returning('updated_at')
    .execute();
  const [row] = updated.raw as { updated_at: Date }[];
  return row?.updated_at ?? null;
}

/** Deletes the address `addressUuid` if it belongs to the customer; false when no such address was. */
export async function deleteCustomerAddress(
  manager: EntityManager,
  customerReference: string,
  addressUuid: string,
): Promise<boolean> {
  const [, affected] = await manager.query<[unknown[], number]>(
    `DELETE FROM customer_address a USING customer c
     WHERE c.id_customer = a.fk_customer AND c.customer_reference = $1 AND a.uuid = $2`,
    [customerReference, addressUuid],
  );
  return affected > 0;
}
