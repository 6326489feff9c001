import { GlueHttpException } from '#glue-core';
import { requestCurrency } from './request-currency.js';

function badRequestOf(work: () => unknown): GlueHttpException {
  try {
    work();
  } catch (error) {
    if (error instanceof GlueHttpException) return error;
    throw error;
  }
  throw new Error('Expected a GlueHttpException.');
}

describe('requestCurrency', () => {
  it('reads one ISO 4217 code, or nothing for the store default', () => {
    expect(requestCurrency({ queryFields: { currency: 'CHF' } })).toBe('CHF');
    expect(requestCurrency({ queryFields: { include: 'abstract-product-prices' } })).toBeUndefined();
  });

  it.each([
    ['a repeated parameter', ['EUR', 'CHF']],
    ['lower case', 'eur'],
    ['an empty value', ''],
    ['a name instead of a code', 'Euro'],
  ])('refuses %s with 400 naming currency', (_case, currency) => {
    const error = badRequestOf(() => requestCurrency({ queryFields: { currency } }));
    expect(error.errors).toEqual([
      expect.objectContaining({ status: 400, code: '313', source: { parameter: 'currency' } }),
    ]);
  });
});
