import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DatabaseModule, DEMO_ACCOUNTS } from '#zed-facades/database';
import { countQueries, type QueryCounter } from '../../../../test/support/query-counter.js';
import { rejectionOf } from '../../../../test/support/rejection.js';
import { createSpecDatabase, type SpecDatabase } from '../../../../test/support/spec-database.js';
import { MailFacade } from '#zed-facades/mail';
import { OAuthFacade } from '#zed-facades/oauth';
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
  salutation: 'Mr',
  firstName: 'Karl',
  lastName: 'Kunde',
  dateOfBirth: '1980-02-29',
  store: 'DE',
  ...overrides,
});

const address = (overrides: Partial<CustomerAddressInput> = {}): CustomerAddressInput => ({
  salutation: 'Mr',
  firstName: 'Karl',
  lastName: 'Kunde',
  address1: 'Hauptstraße 1',
  zipCode: '80331',
  city: 'München',
  iso2Code: 'de',
  ...overrides,
});

describe('CustomerFacade', () => {
  let database: SpecDatabase;
  let moduleRef: TestingModule;
  let facade: CustomerFacade;
  let counter: QueryCounter;

  beforeAll(async () => {
    database = await createSpecDatabase({ seed: true });
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot({ url: database.url }), CustomerModule],
    }).compile();
    facade = moduleRef.get(CustomerFacade);
    counter = countQueries(moduleRef.get(DataSource));
  }, 60_000);

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('has the seeded demo customer DE--1 (female, born 1985-06-30) with one default address in Berlin', async () => {
    const sonia = await facade.verifyCredentials('Sonia@Example.com', DEMO_ACCOUNTS.customer.password);
    expect(sonia).toEqual({
      id: 1,
      customerReference: 'DE--1',
      email: 'sonia@example.com',
      salutation: 'Ms',
      gender: 'Female',
      firstName: 'Sonia',
      lastName: 'Example',
      dateOfBirth: '1985-06-30',
      createdAt: expect.any(Date),
      updatedAt: expect.any(Date),
    });
    const [addresses, statements] = await counter.count(() => facade.getAddresses('DE--1'));
    // The addresses, then their countries.
    expect(statements).toBe(2);
    expect(addresses).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        city: 'Berlin',
        iso2Code: 'DE',
        address2: null,
        isDefaultShipping: true,
        isDefaultBilling: true,
      }),
    ]);
  });

  it('registers customers with references continuing after the demo customer', async () => {
    // One statement: the answer comes from the insert, not from reading the row again.
    const [karl, statements] = await counter.count(() =>
      facade.registerCustomer(registration(' Karl@Example.com')),
    );
    expect(statements).toBe(1);
    expect(karl).toEqual(
      expect.objectContaining({
        id: 2,
        customerReference: 'DE--2',
        email: 'karl@example.com',
        salutation: 'Mr',
        dateOfBirth: '1980-02-29',
      }),
    );
    const anna = await facade.registerCustomer(
      registration('anna@example.com', { store: 'AT', salutation: null, dateOfBirth: null }),
    );
    expect(anna).toEqual(
      expect.objectContaining({ customerReference: 'AT--3', salutation: null, dateOfBirth: null }),
    );
    expect(await facade.findCustomerByReference('DE--2')).toEqual(karl);
    expect(await facade.findCustomerByEmail('KARL@example.com')).toEqual(karl);
    expect(await facade.findCustomerByReference('DE--999')).toBeNull();
  });

  it('refuses a used email (any case) and a password against the policy', async () => {
    const duplicate = await rejectionOf(
      facade.registerCustomer(registration('KARL@example.COM')),
      CustomerException,
    );
    expect(duplicate).toMatchObject({ code: CustomerErrorCode.EMAIL_ALREADY_USED, field: 'email' });
    const weak = await rejectionOf(
      facade.registerCustomer(registration('weakling@example.com', { password: 'password1' })),
      CustomerException,
    );
    expect(weak).toMatchObject({ code: CustomerErrorCode.PASSWORD_POLICY, field: 'password' });
    expect(weak.violations.map((violation) => violation.rule)).toEqual(['too-common']);
    expect(await facade.findCustomerByEmail('weakling@example.com')).toBeNull();
  });

  it('verifies credentials only for the right password', async () => {
    expect(await facade.verifyCredentials('karl@example.com', 'shopping7x')).not.toBeNull();
    expect(await facade.verifyCredentials('karl@example.com', 'shopping7y')).toBeNull();
    expect(await facade.verifyCredentials('ghost@example.com', 'shopping7x')).toBeNull();
  });

  it('updates the profile; a new password or email needs the current one', async () => {
    const updated = await facade.updateCustomer('DE--2', { firstName: 'Karla', salutation: 'Ms' });
    expect(updated).toEqual(
      expect.objectContaining({ firstName: 'Karla', salutation: 'Ms', lastName: 'Kunde' }),
    );

    const missing = await rejectionOf(
      facade.updateCustomer('DE--2', { password: 'newpass88' }),
      CustomerException,
    );
    expect(missing).toMatchObject({
      code: CustomerErrorCode.CURRENT_PASSWORD_REQUIRED,
      field: 'currentPassword',
    });
    const wrong = await rejectionOf(
      facade.updateCustomer('DE--2', { password: 'newpass88', currentPassword: 'nope' }),
      CustomerException,
    );
    expect(wrong.code).toBe(CustomerErrorCode.CURRENT_PASSWORD_INVALID);
    const weak = await rejectionOf(
      facade.updateCustomer('DE--2', { password: 'short1', currentPassword: 'shopping7x' }),
      CustomerException,
    );
    expect(weak.code).toBe(CustomerErrorCode.PASSWORD_POLICY);

    await facade.updateCustomer('DE--2', { password: 'newpass88', currentPassword: 'shopping7x' });
    expect(await facade.verifyCredentials('karl@example.com', 'shopping7x')).toBeNull();
    expect(await facade.verifyCredentials('karl@example.com', 'newpass88')).not.toBeNull();

    const newEmail = await rejectionOf(
      facade.updateCustomer('DE--2', { email: 'karl.new@example.com' }),
      CustomerException,
    );
    expect(newEmail.code).toBe(CustomerErrorCode.CURRENT_PASSWORD_REQUIRED);
    const wrongForEmail = await rejectionOf(
      facade.updateCustomer('DE--2', { email: 'karl.new@example.com', currentPassword: 'shopping7x' }),
      CustomerException,
    );
    expect(wrongForEmail.code).toBe(CustomerErrorCode.CURRENT_PASSWORD_INVALID);
    // The same address again (as Glue clients send it back) is no change.
    await facade.updateCustomer('DE--2', { email: ' KARL@example.com', lastName: 'Kunde' });

    const taken = await rejectionOf(
      facade.updateCustomer('DE--2', { email: 'Sonia@example.com', currentPassword: 'newpass88' }),
      CustomerException,
    );
    expect(taken.code).toBe(CustomerErrorCode.EMAIL_ALREADY_USED);
    const missingCustomer = await rejectionOf(
      facade.updateCustomer('DE--999', { firstName: 'X' }),
      CustomerException,
    );
    expect(missingCustomer.code).toBe(CustomerErrorCode.CUSTOMER_NOT_FOUND);
  });

  it('switches the default addresses within one transaction', async () => {
    const first = await facade.createAddress(
      'DE--2',
      address({ isDefaultShipping: true, isDefaultBilling: true, company: 'Kunde GmbH' }),
    );
    expect(first).toEqual(
      expect.objectContaining({
        iso2Code: 'DE',
        company: 'Kunde GmbH',
        phone: null,
        isDefaultShipping: true,
        isDefaultBilling: true,
      }),
    );
    const second = await facade.createAddress('DE--2', address({ city: 'Hamburg', isDefaultShipping: true }));
    let addresses = await facade.getAddresses('DE--2');
    expect(addresses.map((entry) => [entry.id, entry.isDefaultShipping, entry.isDefaultBilling])).toEqual([
      [first.id, false, true],
      [second.id, true, false],
    ]);

    const switched = await facade.updateAddress('DE--2', first.id, {
      isDefaultShipping: true,
      address2: 'Hinterhaus',
    });
    expect(switched).toEqual(
      expect.objectContaining({ address2: 'Hinterhaus', city: 'München', isDefaultShipping: true }),
    );
    addresses = await facade.getAddresses('DE--2');
    expect(addresses.map((entry) => entry.isDefaultShipping)).toEqual([true, false]);

    // Setting a flag and failing later in the same call leaves the other address's flag untouched.
    const broken = facade.updateAddress('DE--2', second.id, { isDefaultBilling: true, iso2Code: 'DEU' });
    await expect(broken).rejects.toThrow();
    addresses = await facade.getAddresses('DE--2');
    expect(addresses.map((entry) => entry.isDefaultBilling)).toEqual([true, false]);

    // Clearing one's own flag is allowed and touches no other address.
    await facade.updateAddress('DE--2', first.id, { isDefaultBilling: false, address2: null });
    addresses = await facade.getAddresses('DE--2');
    expect(addresses.map((entry) => [entry.isDefaultBilling, entry.address2])).toEqual([
      [false, null],
      [false, null],
    ]);
  });

  it("never reveals or changes another customer's address", async () => {
    const [sonias] = await facade.getAddresses('DE--1');
    if (!sonias) throw new Error('demo address missing');
    expect(await facade.findAddress('DE--1', sonias.id)).toEqual(sonias);
    expect(await facade.findAddress('DE--2', sonias.id)).toBeNull();
    expect(await facade.findAddress('DE--2', 'not-a-uuid')).toBeNull();

    const update = await rejectionOf(
      facade.updateAddress('DE--2', sonias.id, { city: 'Nowhere' }),
      CustomerException,
    );
    expect(update.code).toBe(CustomerErrorCode.ADDRESS_NOT_FOUND);
    const remove = await rejectionOf(facade.deleteAddress('DE--2', sonias.id), CustomerException);
    expect(remove.code).toBe(CustomerErrorCode.ADDRESS_NOT_FOUND);
    expect((await rejectionOf(facade.deleteAddress('DE--2', 'nope'), CustomerException)).code).toBe(
      CustomerErrorCode.ADDRESS_NOT_FOUND,
    );
    expect((await rejectionOf(facade.createAddress('DE--999', address()), CustomerException)).code).toBe(
      CustomerErrorCode.CUSTOMER_NOT_FOUND,
    );
    expect(await facade.findAddress('DE--1', sonias.id)).toEqual(sonias);
  });

  it('deletes an address of the customer', async () => {
    const created = await facade.createAddress('AT--3', address({ iso2Code: 'AT', city: 'Wien' }));
    expect(await facade.getAddresses('AT--3')).toHaveLength(1);
    await facade.deleteAddress('AT--3', created.id);
    expect(await facade.getAddresses('AT--3')).toEqual([]);
    expect(await facade.findAddress('AT--3', created.id)).toBeNull();
  });

  it("makes a customer's first address its default shipping and billing address unless it says otherwise", async () => {
    const first = await facade.createAddress('AT--3', address({ iso2Code: 'AT', city: 'Graz' }));
    const second = await facade.createAddress('AT--3', address({ iso2Code: 'AT', city: 'Linz' }));
    expect([first, second].map((entry) => [entry.isDefaultShipping, entry.isDefaultBilling])).toEqual([
      [true, true],
      [false, false],
    ]);
    await Promise.all([first, second].map((entry) => facade.deleteAddress('AT--3', entry.id)));
    const chosen = await facade.createAddress('AT--3', address({ iso2Code: 'AT', isDefaultBilling: false }));
    expect([chosen.isDefaultShipping, chosen.isDefaultBilling]).toEqual([true, false]);
    await facade.deleteAddress('AT--3', chosen.id);
  });

  describe('sessions', () => {
    const login = async (customerReference: string): Promise<string> =>
      (
        await moduleRef
          .get(OAuthFacade, { strict: false })
          .issueRefreshToken({ application: 'storefront', kind: 'customer', id: customerReference }, 3600)
      ).sessionId;
    const active = (sessionId: string): Promise<boolean> =>
      moduleRef.get(OAuthFacade, { strict: false }).isSessionActive(sessionId);

    it("a new password revokes the customer's other sessions, not the one making the change", async () => {
      const { customerReference } = await facade.registerCustomer(registration('sessions@example.com'));
      const changing = await login(customerReference);
      const other = await login(customerReference);
      const neighbour = await login('DE--1');

      await rejectionOf(
        facade.updateCustomer(
          customerReference,
          { password: 'newpass88', currentPassword: 'nope' },
          changing,
        ),
        CustomerException,
      );
      await facade.updateCustomer(customerReference, { firstName: 'Renamed' }, changing);
      expect(await active(other)).toBe(true);

      await facade.updateCustomer(
        customerReference,
        { password: 'newpass88', currentPassword: 'shopping7x' },
        changing,
      );
      expect(await active(changing)).toBe(true);
      expect(await active(other)).toBe(false);
      expect(await active(neighbour)).toBe(true);
    });

    it('resetPassword sets a password without the current one and revokes every session', async () => {
      const { customerReference } = await facade.registerCustomer(registration('forgetful@example.com'));
      const sessions = [await login(customerReference), await login(customerReference)];

      const weak = await rejectionOf(facade.resetPassword(customerReference, 'short1'), CustomerException);
      expect(weak.code).toBe(CustomerErrorCode.PASSWORD_POLICY);
      expect(await active(sessions[0] ?? '')).toBe(true);

      const reset = await facade.resetPassword(customerReference, 'remembered9');
      expect(reset.customerReference).toBe(customerReference);
      expect(await facade.verifyCredentials('forgetful@example.com', 'shopping7x')).toBeNull();
      expect(await facade.verifyCredentials('forgetful@example.com', 'remembered9')).not.toBeNull();
      for (const sessionId of sessions) expect(await active(sessionId)).toBe(false);

      const unknown = await rejectionOf(facade.resetPassword('DE--999', 'remembered9'), CustomerException);
      expect(unknown.code).toBe(CustomerErrorCode.CUSTOMER_NOT_FOUND);
    });
  });

  describe('registration with confirmation', () => {
    const referenceNumber = (reference: string): number => Number(reference.split('--')[1]);

    it('answers a taken email as a new one, drawing one reference each, and mails a key or a notice', async () => {
      const mails = moduleRef.get(MailFacade);
      const [olga, freshStatements] = await counter.count(() =>
        facade.registerCustomerWithConfirmation(registration('Olga@Example.com')),
      );
      const [taken, takenStatements] = await counter.count(() =>
        facade.registerCustomerWithConfirmation(registration('sonia@EXAMPLE.com')),
      );
      expect(takenStatements).toBe(freshStatements);
      const next = await facade.registerCustomerWithConfirmation(registration('paula@example.com'));
      expect(referenceNumber(taken.customerReference)).toBe(referenceNumber(olga.customerReference) + 1);
      expect(referenceNumber(next.customerReference)).toBe(referenceNumber(taken.customerReference) + 1);
      expect(Object.keys(taken).sort()).toEqual(Object.keys(olga).sort());
      expect(taken).toEqual({
        customerReference: taken.customerReference,
        email: 'sonia@example.com',
        salutation: 'Mr',
        gender: null,
        firstName: 'Karl',
        lastName: 'Kunde',
        dateOfBirth: '1980-02-29',
        createdAt: expect.any(Date),
        updatedAt: expect.any(Date),
      });
      expect(await facade.findCustomerByReference(taken.customerReference)).toBeNull();

      expect(await mails.getQueuedMails('olga@example.com')).toEqual([
        expect.objectContaining({
          type: 'customer-registration-confirmation',
          payload: expect.objectContaining({
            registrationKey: expect.stringMatching(/^[\w-]{43}$/),
            customerReference: olga.customerReference,
          }),
        }),
      ]);
      expect(await mails.getQueuedMails('sonia@example.com')).toEqual([
        expect.objectContaining({ type: 'customer-registration-attempt', payload: { store: 'DE' } }),
      ]);
    });

    it('replaces a registration not confirmed yet, at the same cost: only the last key and password work', async () => {
      const mails = moduleRef.get(MailFacade);
      const [claim, claimStatements] = await counter.count(() =>
        facade.registerCustomerWithConfirmation(
          registration('claimed@example.com', { password: 'attacker9x', firstName: 'Mallory' }),
        ),
      );
      const [owner, ownerStatements] = await counter.count(() =>
        facade.registerCustomerWithConfirmation(registration('Claimed@example.com')),
      );
      expect(ownerStatements).toBe(claimStatements);
      expect(referenceNumber(owner.customerReference)).toBe(referenceNumber(claim.customerReference) + 1);
      expect(owner).toEqual(expect.objectContaining({ email: 'claimed@example.com', firstName: 'Karl' }));
      // The claim is gone; the owner's registration is the address's only one, under the reference it answered.
      expect(await facade.findCustomerByReference(claim.customerReference)).toBeNull();
      expect(await facade.findCustomerByReference(owner.customerReference)).toEqual({
        id: referenceNumber(owner.customerReference),
        ...owner,
      });

      const [claimMail, ownerMail, ...more] = await mails.getQueuedMails('claimed@example.com');
      expect(more).toEqual([]);
      expect(ownerMail).toEqual(
        expect.objectContaining({
          type: 'customer-registration-confirmation',
          payload: expect.objectContaining({ customerReference: owner.customerReference, firstName: 'Karl' }),
        }),
      );
      const claimKey = String(claimMail?.payload['registrationKey']);
      expect((await rejectionOf(facade.confirmCustomerRegistration(claimKey), CustomerException)).code).toBe(
        CustomerErrorCode.REGISTRATION_KEY_INVALID,
      );
      const confirmed = await facade.confirmCustomerRegistration(
        String(ownerMail?.payload['registrationKey']),
      );
      expect(confirmed.customerReference).toBe(owner.customerReference);
      expect(await facade.verifyCredentials('claimed@example.com', 'attacker9x')).toBeNull();
      expect(await facade.verifyCredentials('claimed@example.com', 'shopping7x')).toEqual(confirmed);

      // Confirmed, the account is its owner's: registering the address again changes nothing and sends a notice.
      const [, lateStatements] = await counter.count(() =>
        facade.registerCustomerWithConfirmation(
          registration('claimed@example.com', { password: 'attacker9x' }),
        ),
      );
      expect(lateStatements).toBe(claimStatements);
      expect((await mails.getQueuedMails('claimed@example.com')).map((mail) => mail.type)).toEqual([
        'customer-registration-confirmation',
        'customer-registration-confirmation',
        'customer-registration-attempt',
      ]);
      expect(await facade.verifyCredentials('claimed@example.com', 'shopping7x')).toEqual(confirmed);
    });

    it('applies the password policy before it looks at the email', async () => {
      for (const email of ['new-weak@example.com', 'sonia@example.com']) {
        const weak = await rejectionOf(
          facade.registerCustomerWithConfirmation(registration(email, { password: 'password1' })),
          CustomerException,
        );
        expect(weak.code).toBe(CustomerErrorCode.PASSWORD_POLICY);
      }
    });

    it('lets the customer log in only once confirmed with the mailed key, which works once', async () => {
      await facade.registerCustomerWithConfirmation(registration('rosa@example.com'));
      expect(await facade.verifyCredentials('rosa@example.com', 'shopping7x')).toBeNull();
      expect(await facade.findCustomerByEmail('rosa@example.com')).toBeNull();

      const [mail] = await moduleRef.get(MailFacade).getQueuedMails('rosa@example.com');
      const key = String(mail?.payload['registrationKey']);
      const confirmed = await facade.confirmCustomerRegistration(key);
      expect(confirmed.email).toBe('rosa@example.com');
      expect(await facade.verifyCredentials('rosa@example.com', 'shopping7x')).toEqual(confirmed);
      expect(await facade.findCustomerByEmail('rosa@example.com')).toEqual(confirmed);

      for (const used of [key, 'not-a-key', '']) {
        const invalid = await rejectionOf(facade.confirmCustomerRegistration(used), CustomerException);
        expect(invalid).toMatchObject({
          code: CustomerErrorCode.REGISTRATION_KEY_INVALID,
          field: 'registrationKey',
        });
      }
    });
  });
});
