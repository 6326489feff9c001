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
}

// One statement: the id is drawn from the identity sequence first, so the reference `<STORE>--<id>` is
// written together with the row (and the sequence stays in step for the next registration).
const INSERT_CUSTOMER = `
  INSERT INTO customer
    (id_customer, customer_reference, email, password_hash, salutation, first_name, last_name, date_of_birth)
  SELECT next.id, $1 || '--' || next.id, $2, $3, $4, $5, $6, $7
  FROM (SELECT nextval(pg_get_serial_sequence('customer', 'id_customer')) AS id) AS next
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
  ]);
  if (!row) {
    throw new Error('INSERT … RETURNING returned no row.');
  }
  return { idCustomer: row.id_customer, customerReference: row.customer_reference };
}
