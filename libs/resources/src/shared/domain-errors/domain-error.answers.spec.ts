import { GlueDomainErrorRegistry } from '#glue-core';
import { CustomerErrorCode, CustomerException } from '#zed-facades/customer';
import { PriceProductErrorCode, PriceProductException } from '#zed-facades/price-product';
import { ProductErrorCode, ProductException } from '#zed-facades/product';
import type { PasswordPolicyViolation } from '#zed-facades/security';
import { UserErrorCode, UserException } from '#zed-facades/user';
import { DOMAIN_ERRORS } from './domain-errors.js';

const registry = new GlueDomainErrorRegistry(DOMAIN_ERRORS);

function errorsOf(error: Error) {
  return registry.toGlueException(error)?.errors;
}

describe('the answers clients see', () => {
  it('answers a currency the store does not offer with 400 naming currency', () => {
    const refusal = new PriceProductException(
      PriceProductErrorCode.CURRENCY_NOT_IN_STORE,
      'Store "AT" does not offer the currency "CHF".',
      'currencyCode',
    );
    expect(errorsOf(refusal)).toEqual([
      {
        status: 400,
        code: '313',
        title: 'Bad request',
        detail: 'Store "AT" does not offer the currency "CHF".',
        source: { parameter: 'currency' },
      },
    ]);
  });

  it('answers a broken password policy with one 422 per broken rule, or the message when none is named', () => {
    const violations: readonly PasswordPolicyViolation[] = [
      { rule: 'too-short', message: 'At least 12 characters.' },
      { rule: 'needs-letter-and-digit', message: 'At least one digit.' },
      { rule: 'contains-email', message: 'Not the email.' },
    ];
    const named = new CustomerException(CustomerErrorCode.PASSWORD_POLICY, 'Weak.', 'password', violations);
    // A customer's rules carry Glue's codes (418 too short, 420 character set); Glue has none for the email.
    expect(errorsOf(named)).toEqual([
      {
        status: 422,
        title: 'Invalid attribute',
        code: '418',
        detail: 'At least 12 characters.',
        source: { attribute: 'password' },
      },
      {
        status: 422,
        title: 'Invalid attribute',
        code: '420',
        detail: 'At least one digit.',
        source: { attribute: 'password' },
      },
      {
        status: 422,
        title: 'Invalid attribute',
        code: '1402',
        detail: 'Not the email.',
        source: { attribute: 'password' },
      },
    ]);
    expect(errorsOf(new UserException(UserErrorCode.PASSWORD_POLICY, 'Weak.'))).toEqual([
      {
        status: 422,
        title: 'Invalid attribute',
        code: '1202',
        detail: 'Weak.',
        source: { attribute: 'password' },
      },
    ]);
  });

  it("points a customer's refusals at fixed attributes, a user's at the field the domain names", () => {
    expect(
      errorsOf(new CustomerException(CustomerErrorCode.CURRENT_PASSWORD_REQUIRED, 'Required.', 'x')),
    ).toEqual([
      {
        status: 422,
        title: 'Invalid attribute',
        code: '422',
        detail: 'Required.',
        source: { attribute: 'currentPassword' },
      },
    ]);
    expect(errorsOf(new UserException(UserErrorCode.LAST_ADMIN, 'Last admin.', 'isActive'))).toEqual([
      {
        status: 409,
        title: 'Conflict',
        code: '1205',
        detail: 'Last admin.',
        source: { attribute: 'isActive' },
      },
    ]);
    expect(errorsOf(new UserException(UserErrorCode.LAST_ADMIN, 'Last admin.'))?.[0]?.source).toEqual({
      attribute: 'roles',
    });
  });

  it("answers the customer domain's not-found, gender and country refusals with Glue's codes", () => {
    expect(
      errorsOf(new CustomerException(CustomerErrorCode.CUSTOMER_NOT_FOUND, 'Customer not found.')),
    ).toEqual([{ status: 404, title: 'Resource not found', code: '402', detail: 'Customer not found.' }]);
    expect(
      errorsOf(new CustomerException(CustomerErrorCode.ADDRESS_NOT_FOUND, 'Address was not found.')),
    ).toEqual([{ status: 404, title: 'Resource not found', code: '404', detail: 'Address was not found.' }]);
    expect(
      errorsOf(new CustomerException(CustomerErrorCode.GENDER_INVALID, 'Gender is not valid.', 'gender')),
    ).toEqual([
      {
        status: 422,
        title: 'Invalid attribute',
        code: '414',
        detail: 'Gender is not valid.',
        source: { attribute: 'gender' },
      },
    ]);
    expect(
      errorsOf(new CustomerException(CustomerErrorCode.COUNTRY_NOT_FOUND, 'No XX.', 'iso2Code'))?.[0],
    ).toMatchObject({ status: 422, code: '1501', detail: 'No XX.', source: { attribute: 'iso2Code' } });
  });

  it('answers a product refusal without a source when the domain names no field', () => {
    expect(errorsOf(new ProductException(ProductErrorCode.CONCRETE_SKU_EXISTS, 'Taken.'))).toEqual([
      { status: 409, title: 'Conflict', code: '1102', detail: 'Taken.' },
    ]);
    expect(
      errorsOf(new ProductException(ProductErrorCode.ABSTRACT_SKU_EXISTS, 'Taken.'))?.[0]?.source,
    ).toEqual({
      attribute: 'sku',
    });
    expect(
      errorsOf(
        new ProductException(ProductErrorCode.UNKNOWN_LOCALE, 'No xx_XX.', 'localizedAttributes.0.locale'),
      ),
    ).toEqual([
      {
        status: 422,
        title: 'Invalid attribute',
        code: '1103',
        detail: 'No xx_XX.',
        source: { attribute: 'localizedAttributes.0.locale' },
      },
    ]);
  });

  it('leaves anything else to the error step', () => {
    expect(registry.toGlueException(new Error('connection lost'))).toBeNull();
  });
});
