import type { PriceTransfer } from '#zed-facades/price-product';
import { toProductPricesAttributes } from './product-prices.mapper.js';

const EUR = { code: 'EUR', name: 'Euro', symbol: '€' };
const TIERS = [
  { quantity: 5, grossAmount: 78944, netAmount: 66340 },
  { quantity: 10, grossAmount: 74789, netAmount: 62848 },
];
const PRICES: PriceTransfer[] = [
  { priceTypeName: 'DEFAULT', currency: EUR, grossAmount: 83099, netAmount: 69831, volumePrices: TIERS },
  { priceTypeName: 'ORIGINAL', currency: EUR, grossAmount: 103899, netAmount: 87310, volumePrices: [] },
];

describe('toProductPricesAttributes', () => {
  it("shows gross amounts in gross mode: Glue's price is the DEFAULT gross amount, every net amount null", () => {
    expect(toProductPricesAttributes(PRICES, 'GROSS_MODE')).toEqual({
      price: 83099,
      prices: [
        { priceTypeName: 'DEFAULT', netAmount: null, grossAmount: 83099, currency: EUR, volumePrices: TIERS },
        { priceTypeName: 'ORIGINAL', netAmount: null, grossAmount: 103899, currency: EUR, volumePrices: [] },
      ],
    });
  });

  it('shows net amounts in net mode; volume tiers keep both amounts, as Glue sends them', () => {
    expect(toProductPricesAttributes(PRICES, 'NET_MODE')).toEqual({
      price: 69831,
      prices: [
        { priceTypeName: 'DEFAULT', netAmount: 69831, grossAmount: null, currency: EUR, volumePrices: TIERS },
        { priceTypeName: 'ORIGINAL', netAmount: 87310, grossAmount: null, currency: EUR, volumePrices: [] },
      ],
    });
  });

  it('has no price without a DEFAULT one', () => {
    expect(toProductPricesAttributes([], 'GROSS_MODE')).toEqual({ price: null, prices: [] });
    expect(toProductPricesAttributes(PRICES.slice(1), 'NET_MODE').price).toBeNull();
  });
});
