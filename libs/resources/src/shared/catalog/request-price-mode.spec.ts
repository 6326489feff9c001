import { GlueHttpException } from '#glue-core';
import { requestPriceMode } from './request-price-mode.js';

describe('requestPriceMode', () => {
  it("reads Glue's two price modes, and gross without the parameter", () => {
    expect(requestPriceMode({ queryFields: { priceMode: 'NET_MODE' } })).toBe('NET_MODE');
    expect(requestPriceMode({ queryFields: { priceMode: 'GROSS_MODE' } })).toBe('GROSS_MODE');
    expect(requestPriceMode({ queryFields: { currency: 'EUR' } })).toBe('GROSS_MODE');
  });

  it.each([
    ['lower case', 'net_mode'],
    ['an empty value', ''],
    ['a repeated parameter', ['NET_MODE', 'GROSS_MODE']],
  ])('refuses %s with 400 314 naming priceMode, as Glue', (_case, priceMode) => {
    let thrown: unknown;
    try {
      requestPriceMode({ queryFields: { priceMode } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GlueHttpException);
    expect((thrown as GlueHttpException).errors).toEqual([
      expect.objectContaining({ status: 400, code: '314', source: { parameter: 'priceMode' } }),
    ]);
  });
});
