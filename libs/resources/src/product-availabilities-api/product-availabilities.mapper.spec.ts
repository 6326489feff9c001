import { CONCRETE_PRODUCT_AVAILABILITY_ATTRIBUTES, toGlueDecimal } from './product-availabilities.mapper.js';

describe('product availabilities', () => {
  it("writes quantities as Glue's decimal strings", () => {
    expect(toGlueDecimal(10)).toBe('10.0000000000');
    expect(toGlueDecimal(0)).toBe('0.0000000000');
  });

  it('has the attributes Glue sends for a concrete product', () => {
    expect(
      CONCRETE_PRODUCT_AVAILABILITY_ATTRIBUTES.from({
        isAvailable: true,
        quantity: 125,
        isNeverOutOfStock: false,
      }),
    ).toEqual({ availability: true, quantity: '125.0000000000', isNeverOutOfStock: false });
    expect(CONCRETE_PRODUCT_AVAILABILITY_ATTRIBUTES.from(undefined)).toBeUndefined();
  });
});
