import type { PriceTransfer } from '#zed-facades/price-product';
import { toProductPricesAttributes } from './product-prices.mapper.js';

const EUR = { code: 'EUR', name: 'Euro', symbol: '€' };

describe('toProductPricesAttributes', () => {
  it("takes Glue's price from the DEFAULT gross amount and lists every price type", () => {
    const prices: PriceTransfer[] = [
      { priceTypeName: 'DEFAULT', currency: EUR, grossAmount: 83099, netAmount: 69831 },
      { priceTypeName: 'ORIGINAL', currency: EUR, grossAmount: 103899, netAmount: 87310 },
    ];
    expect(toProductPricesAttributes(prices)).toEqual({
      price: 83099,
      prices: [
        { priceTypeName: 'DEFAULT', netAmount: 69831, grossAmount: 83099, currency: EUR },
        { priceTypeName: 'ORIGINAL', netAmount: 87310, grossAmount: 103899, currency: EUR },
      ],
    });
  });

  it('has no price without a DEFAULT one', () => {
    expect(toProductPricesAttributes([])).toEqual({ price: null, prices: [] });
    expect(
      toProductPricesAttributes([
        { priceTypeName: 'ORIGINAL', currency: EUR, grossAmount: 999, netAmount: 839 },
      ]).price,
    ).toBeNull();
  });
});
