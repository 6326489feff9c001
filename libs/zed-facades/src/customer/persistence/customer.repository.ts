import type { EntityManager } from 'typeorm';
import type { Salutation } from '../transfer/customer.transfer.js';

/** A customer row to insert; the email is already normalised and the password already hashed. */
export interface NewCustomerRow {
  /** The store the customer registers in; prefixes the customer reference. */
  readonly store: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly salutation: Salutation | null;
  readonly firstName: string;
  readonly lastName: string;
  /** `YYYY-MM-DD` */
  readonly dateOfBirth: string | null;
  /** SHA-256 (hex) of a mailed confirmation key: the customer waits for it. Absent: confirmed now. */
  readonly registrationKeyHash?: string;
  /** An id drawn beforehand with `nextCustomerId`; absent: drawn by the insert. */
  readonly idCustomer?: number;
}

// One statement: the id is drawn from the identity sequence first, so the reference `<STORE>--<id>` is
// written together with the row (and the sequence stays in step for the next registration).
const INSERT_CUSTOMER = `
  INSERT INTO customer
    (id_customer, customer_reference, email, password_hash, salutation, first_name, last_name, date_of_birth,
     registration_key_hash, confirmed_at)
  SELECT next.id, $1 || '--' || next.id, $2, $3, $4, $5, $6, $7, $8::char(64), CASE WHEN $8 IS NULL THEN now() END
  FROM (SELECT coalesce($9::bigint, nextval(pg_get_serial_sequence('customer', 'id_customer'))) AS id) AS next
  RETURNING id_customer, customer_reference`;

/**
 * Inserts a customer with its reference `<STORE>--<id>`; returns both. The registration and the demo seed
 * share it, so seeded and registered customers draw their references the same way.
 */
export async function insertCustomer(
  manager: EntityManager,
  customer: NewCustomerRow,
): Promise<{ readonly idCustomer: number; readonly customerReference: string }> {
  const [row] = await manager.query<{ id_customer: number; customer_reference: string }[]>(INSERT_CUSTOMER, [
    customer.store,
    customer.email,
    customer.passwordHash,
    customer.salutation,
    customer.firstName,
    customer.lastName,
    customer.dateOfBirth,
    customer.registrationKeyHash ?? null,
    customer.idCustomer ?? null,
  ]);
  if (!row) {
    throw new Error('INSERT … RETURNING returned no row.');
  }
  return { idCustomer: row.id_customer, customerReference: row.customer_reference };
}

/**
 * Draws the id (and so the reference) of a customer to insert. A registration draws it before it
 * knows whether the email is free, so that a taken email uses up a number just as a new one does.
 */
export async function nextCustomerId(manager: EntityManager): Promise<number> {
  const [row] = await manager.query<{ id: string }[]>(
    "SELECT nextval(pg_get_serial_sequence('customer', 'id_customer')) AS id",
  );
  if (!row) {
    throw new Error('nextval returned no row.');
  }
  return Number(row.id);
}
