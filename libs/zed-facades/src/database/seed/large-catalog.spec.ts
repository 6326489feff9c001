import { copyLine } from './copy-rows.js';
import { TOP_CATEGORIES } from './demo-vocabulary.js';
import {
  buildLeafCategories,
  generateLargeCatalog,
  largeSkuPrefix,
  type LargeAbstract,
} from './large-catalog.js';

const take = (seed: number, count: number): LargeAbstract[] => [...generateLargeCatalog(seed, count)];

describe('the large catalogue generator', () => {
  it('gives the same products for the same seed, and other products for another seed', () => {
    expect(take(42, 50)).toEqual(take(42, 50));
    const other = take(43, 50);
    expect(other.map((product) => product.texts.en_US.name)).not.toEqual(
      take(42, 50).map((product) => product.texts.en_US.name),
    );
  });

  it('yields the first products of a larger run unchanged: the count does not change the sequence', () => {
    expect(take(7, 300).slice(0, 20)).toEqual(take(7, 20));
  });

  it('names SKUs after the seed, apart from the demo SKUs (001 … 210)', () => {
    const [first] = take(42, 1);
    expect(largeSkuPrefix(42)).toBe('L42-');
    expect(first?.sku).toBe('L42-000001');
    expect(first?.concretes.map((concrete) => concrete.sku)[0]).toBe('L42-000001_1');
  });

  it('gives every abstract product 1 to 5 concrete products, all five counts occurring', () => {
    const counts = take(42, 500).map((product) => product.concretes.length);
    expect(new Set(counts)).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('writes names, descriptions and URLs in English and German', () => {
    const [product] = take(42, 1);
    expect(product?.texts.en_US).toEqual(
      expect.objectContaining({
        name: expect.stringMatching(/\S/) as string,
        description: expect.stringMatching(/^The /) as string,
        url: expect.stringMatching(/^\/en\/.+-l42-000001$/) as string,
      }),
    );
    expect(product?.texts.de_DE.description).toContain('Gehäuse aus');
    expect(product?.texts.de_DE.url).toMatch(/^\/de\/.+-l42-000001$/);
    expect(product?.concretes[0]?.texts.de_DE.description).toContain('Variante:');
  });

  it('gives each variant a colour (the super attribute) and prices within its category', () => {
    const leaves = new Map(buildLeafCategories().map((leaf) => [leaf.key, leaf]));
    for (const product of take(42, 200)) {
      const [low, high] = leaves.get(product.categoryKey)?.priceRange ?? [0, 0];
      expect(product.grossEur).toBeGreaterThanOrEqual(low - 100);
      expect(product.grossEur).toBeLessThanOrEqual(high + 100);
      for (const concrete of product.concretes)
        expect(concrete.attributes['color']).toEqual(expect.any(String));
      if (product.originalGrossEur !== null)
        expect(product.originalGrossEur).toBeGreaterThan(product.grossEur);
      expect(product.labels.includes('Sale')).toBe(product.originalGrossEur !== null);
    }
  });

  it('rates most products between 1 and 5 and leaves the unreviewed ones unrated', () => {
    const products = take(42, 500);
    for (const product of products) {
      if (product.rating === null) expect(product.reviewCount).toBe(0);
      else expect(Number(product.rating)).toBeGreaterThanOrEqual(1);
      expect(Number(product.rating ?? 5)).toBeLessThanOrEqual(5);
    }
    const rated = products.filter((product) => product.rating !== null).length;
    expect(rated).toBeGreaterThan(350);
    expect(rated).toBeLessThan(450);
  });

  it('adds a third category level: three price bands under every demo subcategory', () => {
    const leaves = buildLeafCategories();
    const subcategories = TOP_CATEGORIES.flatMap((top) => top.subcategories.map((sub) => sub.key));
    expect(leaves).toHaveLength(subcategories.length * 3);
    expect(new Set(leaves.map((leaf) => leaf.parentKey))).toEqual(new Set(subcategories));
    expect(leaves[0]).toEqual(
      expect.objectContaining({
        key: 'notebooks-entry',
        parentKey: 'notebooks',
        name: { en: 'Notebooks: Entry Level', de: 'Notebooks: Einstiegsklasse' },
      }),
    );
  });
});

describe('copyLine (COPY text format)', () => {
  it('separates fields by tabs and writes null as \\N, dates as ISO 8601, objects as JSON', () => {
    expect(copyLine([1, 'a', null, true, new Date(Date.UTC(2025, 0, 2)), { color: 'Weiß' }])).toBe(
      '1\ta\t\\N\ttrue\t2025-01-02T00:00:00.000Z\t{"color":"Weiß"}',
    );
  });

  it('escapes backslash, tab, newline and carriage return', () => {
    expect(copyLine(['a\\b\tc\nd\re'])).toBe('a\\\\b\\tc\\nd\\re');
  });
});
