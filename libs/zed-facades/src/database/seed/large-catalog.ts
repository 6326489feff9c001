import {
  DEMO_LOCALES,
  roundTo99,
  slugify,
  type DemoLocale,
  type DemoStock,
  type DemoTexts,
} from './demo-catalog.js';
import { REDUCED_TAX_CATEGORY } from './demo-product-page.seeder.js';
import { SeedRandom } from './seed-random.js';
import {
  BRANDS,
  COLORS,
  MATERIALS,
  MODEL_SUFFIXES,
  SERIES,
  TOP_CATEGORIES,
  type DemoSubcategory,
  type DemoTopCategory,
  type Translated,
} from './demo-vocabulary.js';

/**
 * The large catalogue of `npm run seed -- --products N --seed S`, generated one product at a time so
 * that any count fits in memory chunk by chunk. The demo's vocabulary and shapes (demo-catalog.ts), a
 * third category level (price ranges under each subcategory), and what a search needs on top: labels,
 * ratings and popularity. The same seed gives the same products, in the same order.
 */

/** Abstract SKUs `L<seed>-000001`, concrete SKUs `L<seed>-000001_1`: apart from the demo's (`001`). */
export function largeSkuPrefix(seed: number): string {
  return `L${seed}-`;
}

export interface PriceBand {
  readonly key: string;
  readonly name: Translated;
  /** Share of the subcategory's price range, from and to. */
  readonly from: number;
  readonly to: number;
}

export const PRICE_BANDS: readonly PriceBand[] = [
  { key: 'entry', name: { en: 'Entry Level', de: 'Einstiegsklasse' }, from: 0, to: 0.3 },
  { key: 'mid-range', name: { en: 'Mid-Range', de: 'Mittelklasse' }, from: 0.3, to: 0.7 },
  { key: 'premium', name: { en: 'Premium', de: 'Premiumklasse' }, from: 0.7, to: 1 },
];

/** A category of the third level: a price band of a demo subcategory. */
export interface LeafCategory {
  readonly key: string;
  readonly parentKey: string;
  readonly order: number;
  readonly name: Translated;
  readonly top: DemoTopCategory;
  readonly sub: DemoSubcategory;
  readonly priceRange: readonly [number, number];
}

/** Root → top category → subcategory (the demo's) → price band (these), in a stable order. */
export function buildLeafCategories(): LeafCategory[] {
  return TOP_CATEGORIES.flatMap((top) =>
    top.subcategories.flatMap((sub) =>
      PRICE_BANDS.map((band, index): LeafCategory => {
        const [low, high] = sub.priceRange;
        return {
          key: `${sub.key}-${band.key}`,
          parentKey: sub.key,
          order: index + 1,
          name: { en: `${sub.name.en}: ${band.name.en}`, de: `${sub.name.de}: ${band.name.de}` },
          top,
          sub,
          priceRange: [Math.round(low + (high - low) * band.from), Math.round(low + (high - low) * band.to)],
        };
      }),
    ),
  );
}

/** The demo labels the large catalogue assigns: to ~10 % (New), to those on sale (Sale), to ~3 % (Exclusive). */
export const LARGE_LABELS = { new: 'New', sale: 'Sale', exclusive: 'Exclusive' } as const;

export interface LargeConcrete {
  readonly sku: string;
  readonly attributes: Record<string, string>;
  readonly isDiscontinued: boolean;
  readonly texts: Record<DemoLocale, { readonly name: string; readonly description: string }>;
  readonly grossEur: number;
  readonly stock: readonly DemoStock[];
  readonly imageCount: number;
}

export interface LargeAbstract {
  readonly sku: string;
  readonly attributes: Record<string, string>;
  readonly createdAt: Date;
  readonly texts: Record<DemoLocale, DemoTexts>;
  readonly categoryKey: string;
  readonly grossEur: number;
  readonly originalGrossEur: number | null;
  readonly labels: readonly string[];
  readonly taxSet: 'Standard Taxes' | 'Reduced Taxes';
  /** `numeric(3,2)` as text (`'4.37'`); null without reviews. */
  readonly rating: string | null;
  readonly reviewCount: number;
  readonly popularity: number;
  readonly imageCount: number;
  readonly concretes: readonly LargeConcrete[];
}

// Products are created ten minutes apart from this instant on, so timestamps are deterministic too.
const CATALOG_EPOCH = Date.UTC(2025, 6, 1, 8, 0, 0);
const TEN_MINUTES = 10 * 60 * 1000;

/** Yields `count` products for `seed`; the sequence only depends on the two. */
export function* generateLargeCatalog(seed: number, count: number): Generator<LargeAbstract> {
  const random = new SeedRandom(seed);
  const leaves = buildLeafCategories();
  const prefix = largeSkuPrefix(seed);
  for (let index = 0; index < count; index += 1) {
    yield generateAbstract(
      random,
      `${prefix}${String(index + 1).padStart(6, '0')}`,
      index,
      random.pick(leaves),
    );
  }
}

function generateAbstract(random: SeedRandom, sku: string, index: number, leaf: LeafCategory): LargeAbstract {
  const { top, sub } = leaf;
  const brand = random.pick(BRANDS);
  const model = `${random.pick(SERIES)} ${random.int(2, 30)}${random.pick(MODEL_SUFFIXES)}`;
  const material = random.pick(MATERIALS);
  const [featureA, featureB] = random.shuffle(top.features);
  const name: Translated = { en: `${brand} ${model} ${sub.noun.en}`, de: `${brand} ${model} ${sub.noun.de}` };
  const description: Translated = {
    en: `The ${name.en} pairs a ${material.en} body with ${featureA?.en ?? ''}. It also brings ${featureB?.en ?? ''}.`,
    de: `${name.de}: Gehäuse aus ${material.de} und ${featureA?.de ?? ''}. Außerdem an Bord: ${featureB?.de ?? ''}.`,
  };
  const [low, high] = leaf.priceRange;
  const grossEur = roundTo99(random.int(low, high));
  const onSale = random.chance(0.2);
  const reviewCount = random.chance(0.8) ? Math.ceil(500 * random.next() ** 3) : 0;

  const texts = {} as Record<DemoLocale, DemoTexts>;
  for (const locale of DEMO_LOCALES) {
    const lang = locale === 'de_DE' ? 'de' : 'en';
    texts[locale] = {
      name: name[lang],
      description: description[lang],
      metaTitle: name[lang],
      metaDescription: description[lang].split('. ')[0] ?? description[lang],
      metaKeywords: [brand, sub.noun[lang], top.name[lang]].join(','),
      url: `/${lang}/${slugify(name[lang])}-${sku.toLowerCase()}`,
    };
  }
  const labels = [
    ...(random.chance(0.1) ? [LARGE_LABELS.new] : []),
    ...(onSale ? [LARGE_LABELS.sale] : []),
    ...(random.chance(0.03) ? [LARGE_LABELS.exclusive] : []),
  ];
  return {
    sku,
    attributes: { brand, model, material: material.en, warranty: `${random.int(1, 3)} years` },
    createdAt: new Date(CATALOG_EPOCH + index * TEN_MINUTES),
    texts,
    categoryKey: leaf.key,
    grossEur,
    originalGrossEur: onSale ? roundTo99(grossEur * (1.1 + random.int(0, 4) * 0.1)) : null,
    labels,
    taxSet: sub.key === REDUCED_TAX_CATEGORY ? 'Reduced Taxes' : 'Standard Taxes',
    rating: reviewCount === 0 ? null : (1 + 4 * Math.sqrt(random.next())).toFixed(2),
    reviewCount,
    popularity: Math.floor(10_000 * random.next() ** 3),
    imageCount: random.int(1, 3),
    concretes: generateConcretes(random, sku, sub, name, description, grossEur),
  };
}

function generateConcretes(
  random: SeedRandom,
  abstractSku: string,
  sub: DemoSubcategory,
  name: Translated,
  description: Translated,
  grossEur: number,
): LargeConcrete[] {
  const count = random.int(1, 5);
  const colors = random.shuffle(COLORS);
  const variants: { color: Translated; axisIndex: number | null }[] =
    sub.axis === 'none'
      ? colors.slice(0, count).map((color) => ({ color, axisIndex: null }))
      : random
          .shuffle(
            colors
              .slice(0, 3)
              .flatMap((color) => sub.axisValues.map((_, axisIndex) => ({ color, axisIndex }))),
          )
          .slice(0, count);

  return variants.map(({ color, axisIndex }, position) => {
    const axisValue = axisIndex === null ? null : (sub.axisValues[axisIndex] ?? null);
    const attributes: Record<string, string> = { color: color.en };
    if (axisValue !== null && sub.axis !== 'none') attributes[sub.axis] = axisValue;
    const suffix = (lang: 'en' | 'de'): string =>
      axisValue === null ? color[lang] : `${color[lang]}, ${axisValue}`;
    return {
      sku: `${abstractSku}_${position + 1}`,
      attributes,
      isDiscontinued: random.chance(0.02),
      texts: {
        de_DE: {
          name: `${name.de} ${suffix('de')}`,
          description: `${description.de} Variante: ${suffix('de')}.`,
        },
        en_US: {
          name: `${name.en} ${suffix('en')}`,
          description: `${description.en} Variant: ${suffix('en')}.`,
        },
      },
      grossEur: roundTo99(grossEur + (axisIndex ?? 0) * random.pick([2000, 5000, 10000])),
      stock: [
        {
          warehouse: 'Warehouse1',
          quantity: random.chance(0.1) ? 0 : random.int(1, 200),
          isNeverOutOfStock: random.chance(0.05),
        },
        {
          warehouse: 'Warehouse2',
          quantity: random.chance(0.3) ? 0 : random.int(1, 80),
          isNeverOutOfStock: false,
        },
      ],
      imageCount: random.int(1, 2),
    };
  });
}
