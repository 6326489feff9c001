import type { EntityManager } from 'typeorm';
import { insertCustomer } from '#zed-facades/customer';
import { PasswordHasher } from '#zed-facades/security';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

const DEMO_ADDRESS = {
  salutation: 'Ms',
  firstName: 'Sonia',
  lastName: 'Example',
  address1: 'Julie-Wolfthorn-Straße 1',
  zipCode: '10115',
  city: 'Berlin',
  iso2Code: 'DE',
} as const;

/**
 * The demo back-office admin and the demo customer (`DE--1`, Ms Sonia Example, female, born 1985-06-30,
 * one default address in Berlin), each only
 * when its table is still empty, so a database seeded before accounts existed gets them on the next start.
 * Returns which of the two it inserted. Runs inside the seed's transaction.
 */
export async function seedDemoAccounts(
  manager: EntityManager,
): Promise<{ readonly backOffice: boolean; readonly customer: boolean }> {
  const hasher = new PasswordHasher();
  const [counts] = await manager.query<{ users: number; customers: number }[]>(
    `SELECT (SELECT count(*) FROM back_office_user)::int AS users,
            (SELECT count(*) FROM customer)::int AS customers`,
  );
  const seeded = { backOffice: false, customer: false };
  if (counts?.users === 0) {
    await manager.query(
      `INSERT INTO back_office_user (email, password_hash, first_name, last_name, roles)
       VALUES ($1, $2, 'Admin', 'Example', ARRAY['admin'])`,
      [DEMO_ACCOUNTS.backOffice.email, await hasher.hash(DEMO_ACCOUNTS.backOffice.password)],
    );
    seeded.backOffice = true;
  }
  if (counts?.customers === 0) {
    // The id comes from the identity sequence, so the next registration continues with DE--2.
    const customer = await insertCustomer(manager, {
      store: 'DE',
      email: DEMO_ACCOUNTS.customer.email,
      passwordHash: await hasher.hash(DEMO_ACCOUNTS.customer.password),
      salutation: 'Ms',
      gender: 'Female',
      firstName: 'Sonia',
      lastName: 'Example',
      dateOfBirth: '1985-06-30',
    });
    await manager.query(
      `INSERT INTO customer_address (fk_customer, salutation, first_name, last_name, address1, zip_code, city,
         iso2_code, is_default_shipping, is_default_billing)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, true)`,
      [
        customer.idCustomer,
        DEMO_ADDRESS.salutation,
        DEMO_ADDRESS.firstName,
        DEMO_ADDRESS.lastName,
        DEMO_ADDRESS.address1,
        DEMO_ADDRESS.zipCode,
        DEMO_ADDRESS.city,
        DEMO_ADDRESS.iso2Code,
      ],
    );
    seeded.customer = true;
  }
  return seeded;
}
