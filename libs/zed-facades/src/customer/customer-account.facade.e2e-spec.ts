import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '#zed-facades/database';
import { OAuthFacade } from '#zed-facades/oauth';
import { rejectionOf } from '../../../../test/support/rejection.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { CustomerErrorCode, CustomerException } from './customer.exception.js';
import { CustomerFacade } from './customer.facade.js';
import { CustomerModule } from './customer.module.js';
import type { CustomerAddressInput, CustomerRegistrationInput } from './transfer/customer.transfer.js';

const registration = (
  email: string,
  overrides: Partial<CustomerRegistrationInput> = {},
): CustomerRegistrationInput => ({
  email,
  password: 'shopping7x',
  salutation: 'Mrs',
  gender: 'Female',
  firstName: 'Greta',
  lastName: 'Gast',
  dateOfBirth: '1975-11-02',
  store: 'DE',
  ...overrides,
});

const address = (overrides: Partial<CustomerAddressInput> = {}): CustomerAddressInput => ({
  salutation: 'Mrs',
  firstName: 'Greta',
  lastName: 'Gast',
  address1: 'Ringstraße 5',
  zipCode: '1010',
  city: 'Wien',
  iso2Code: 'at',
  ...overrides,
});

describe('CustomerFacade: gender, address countries, account deletion', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: CustomerFacade;
  let oauth: OAuthFacade;

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), CustomerModule],
    }).compile();
    facade = moduleRef.get(CustomerFacade);
    oauth = moduleRef.get(OAuthFacade, { strict: false });
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('stores the gender on registration, changes and clears it, and refuses one not in GENDERS', async () => {
    const greta = await facade.registerCustomer(registration('greta@example.com'));
    expect(greta).toMatchObject({ gender: 'Female', salutation: 'Mrs', dateOfBirth: '1975-11-02' });
    expect(await facade.findCustomerByReference(greta.customerReference)).toMatchObject({ gender: 'Female' });

    const diverse = await facade.updateCustomer(greta.customerReference, { gender: 'Diverse' });
    expect(diverse.gender).toBe('Diverse');
    expect((await facade.updateCustomer(greta.customerReference, { firstName: 'G.' })).gender).toBe(
      'Diverse',
    );
    expect((await facade.updateCustomer(greta.customerReference, { gender: null })).gender).toBeNull();

    for (const refused of [
      facade.registerCustomer(registration('nobody@example.com', { gender: 'female' })),
      facade.updateCustomer(greta.customerReference, { gender: 'Other' }),
    ]) {
      expect(await rejectionOf(refused, CustomerException)).toMatchObject({
        code: CustomerErrorCode.GENDER_INVALID,
        field: 'gender',
      });
    }
    expect(await facade.findCustomerByEmail('nobody@example.com')).toBeNull();
    expect((await facade.findCustomerByReference(greta.customerReference))?.gender).toBeNull();
  });

  it('gives addresses their country, and refuses a code that names no country', async () => {
    const { customerReference } = await facade.registerCustomer(registration('wien@example.com'));
    const vienna = await facade.createAddress(customerReference, address());
    expect(vienna).toMatchObject({
      iso2Code: 'AT',
      country: {
        iso2Code: 'AT',
        iso3Code: 'AUT',
        name: 'Austria',
        postalCodeMandatory: true,
        postalCodeRegex: '\\d{4}',
        regions: [],
      },
    });
    const moved = await facade.updateAddress(customerReference, vienna.id, {
      iso2Code: 'US',
      zipCode: '10001',
    });
    expect(moved.country).toMatchObject({ iso2Code: 'US', iso3Code: 'USA', name: 'United States' });
    expect(moved.country?.regions).toContainEqual({ iso2Code: 'US-NY', name: 'New York' });
    const renamed = await facade.updateAddress(customerReference, vienna.id, { city: 'New York' });
    expect(renamed.country?.iso2Code).toBe('US');
    expect((await facade.getAddresses(customerReference)).map((each) => each.country?.name)).toEqual([
      'United States',
    ]);
    expect((await facade.findAddress(customerReference, vienna.id))?.country?.name).toBe('United States');

    for (const refused of [
      facade.createAddress(customerReference, address({ iso2Code: 'XX' })),
      facade.updateAddress(customerReference, vienna.id, { iso2Code: 'XX' }),
    ]) {
      expect(await rejectionOf(refused, CustomerException)).toMatchObject({
        code: CustomerErrorCode.COUNTRY_NOT_FOUND,
        field: 'iso2Code',
      });
    }
    expect((await facade.findAddress(customerReference, vienna.id))?.iso2Code).toBe('US');
  });

  it('anonymizes a deleted account in one go: data wiped, no login, sessions revoked, row kept', async () => {
    const doomed = await facade.registerCustomer(registration('doomed@example.com'));
    const reference = doomed.customerReference;
    await facade.createAddress(reference, address({ isDefaultShipping: true, isDefaultBilling: true }));
    const session = (
      await oauth.issueRefreshToken({ application: 'storefront', kind: 'customer', id: reference }, 3600)
    ).sessionId;
    const neighbour = (
      await oauth.issueRefreshToken({ application: 'storefront', kind: 'customer', id: 'DE--1' }, 3600)
    ).sessionId;

    await facade.anonymizeCustomer(reference);

    expect(await facade.findCustomerByReference(reference)).toBeNull();
    expect(await facade.findCustomerByEmail('doomed@example.com')).toBeNull();
    expect(await facade.verifyCredentials('doomed@example.com', 'shopping7x')).toBeNull();
    expect(await facade.getAddresses(reference)).toEqual([]);
    expect(await oauth.isSessionActive(session)).toBe(false);
    expect(await oauth.isSessionActive(neighbour)).toBe(true);
    const [row] = await moduleRef.get(DataSource).query<Record<string, unknown>[]>(
      `SELECT customer_reference, email, first_name, last_name, salutation, gender, date_of_birth,
              password_hash, anonymized_at,
              (SELECT count(*)::int FROM customer_address a WHERE a.fk_customer = c.id_customer) AS addresses
       FROM customer c WHERE id_customer = $1`,
      [doomed.id],
    );
    expect(row).toEqual({
      customer_reference: reference,
      email: `anonymized-${doomed.id}@anonymized.invalid`,
      first_name: '',
      last_name: '',
      salutation: null,
      gender: null,
      date_of_birth: null,
      password_hash: '!',
      anonymized_at: expect.any(Date),
      addresses: 0,
    });

    for (const refused of [
      facade.anonymizeCustomer(reference),
      facade.updateCustomer(reference, { firstName: 'Back' }),
      facade.createAddress(reference, address()),
      facade.anonymizeCustomer('DE--999'),
    ]) {
      expect((await rejectionOf(refused, CustomerException)).code).toBe(CustomerErrorCode.CUSTOMER_NOT_FOUND);
    }
    // The email is free again: somebody may register with it.
    expect((await facade.registerCustomer(registration('doomed@example.com'))).customerReference).not.toBe(
      reference,
    );
  });
});
