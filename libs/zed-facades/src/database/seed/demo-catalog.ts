import { SeedRandom } from './seed-random.js';
import {
  BRANDS,
  COLORS,
  MATERIALS,
  MODEL_SUFFIXES,
  ROOT_CATEGORY,
  SERIES,
  TOP_CATEGORIES,
  type DemoSubcategory,
  type DemoTopCategory,
  type Translated,
} from './demo-vocabulary.js';

export const DEMO_LOCALES = ['de_DE', 'en_US'] as const;
export type DemoLocale = (typeof DEMO_LOCALES)[number];

export const DEMO_ABSTRACT_COUNT = 210;
const SEED = 0x5eed_1e55;
// Fixed instants keep the data identical between runs; products are created six hours apart from here.
const CATALOG_EPOCH = Date.UTC(2025, 0, 1, 8, 0, 0);
const SIX_HOURS = 6 * 60 * 60 * 1000;

export interface DemoTexts {
  readonly name: string;
  readonly description: string;
  readonly metaTitle: string;
  readonly metaDescription: string;
  readonly metaKeywords: string;
  readonly url: string;
}

export interface DemoStock {
  readonly warehouse: string;
  readonly quantity: number;
  readonly isNeverOutOfStock: boolean;
}

export interface DemoConcrete {
  readonly sku: string;
  readonly attributes: Record<string, string>;
  readonly isDiscontinued: boolean;
  readonly texts: Record<DemoLocale, { name: string; description: string }>;
  readonly grossEur: number;
  readonly stock: readonly DemoStock[];
  readonly imageCount: number;
}

export interface DemoAbstract {
  readonly sku: string;
  readonly attributes: Record<string, string>;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly texts: Record<DemoLocale, DemoTexts>;
  readonly categoryKeys: readonly string[];
  readonly grossEur: number;
  readonly originalGrossEur: number | null;
  readonly imageCount: number;
  readonly concretes: readonly DemoConcrete[];
}

export interface DemoCategory {
  readonly key: string;
  readonly parentKey: string | null;
  readonly order: number;
  readonly name: Translated;
}

export interface DemoCatalog {
  readonly categories: readonly DemoCategory[];
  readonly abstracts: readonly DemoAbstract[];
}

/** Builds the whole demo catalog in memory; the same every time. */
export function buildDemoCatalog(): DemoCatalog {
  const random = new SeedRandom(SEED);
  const categories: DemoCategory[] = [
    { key: ROOT_CATEGORY.key, parentKey: null, order: 0, name: ROOT_CATEGORY.name },
  ];
  const placements: { top: DemoTopCategory; sub: DemoSubcategory }[] = [];
  TOP_CATEGORIES.forEach((top, topIndex) => {
    categories.push({ key: top.key, parentKey: ROOT_CATEGORY.key, order: topIndex + 1, name: top.name });
    top.subcategories.forEach((sub, subIndex) => {
      categories.push({ key: sub.key, parentKey: top.key, order: subIndex + 1, name: sub.name });
      placements.push({ top, sub });
    });
  });

  const usedConcreteSkus = new Set<string>();
  const abstracts: DemoAbstract[] = [];
  for (let index = 0; index < DEMO_ABSTRACT_COUNT; index += 1) {
    const placement = placements[index % placements.length];
    if (!placement) {
      throw new Error('No subcategories to place products in.');
    }
    abstracts.push(buildAbstract(random, index, placement.top, placement.sub, usedConcreteSkus));
  }
  return { categories, abstracts };
}

function buildAbstract(
  random: SeedRandom,
  index: number,
  top: DemoTopCategory,
  sub: DemoSubcategory,
  usedConcreteSkus: Set<string>,
): DemoAbstract {
  const sku = String(index + 1).padStart(3, '0');
  const brand = random.pick(BRANDS);
  const model = `${random.pick(SERIES)} ${random.int(2, 15)}${random.pick(MODEL_SUFFIXES)}`;
  const material = random.pick(MATERIALS);
  const [featureA, featureB] = random.shuffle(top.features);
  const name: Translated = { en: `${brand} ${model} ${sub.noun.en}`, de: `${brand} ${model} ${sub.noun.de}` };
  const description: Translated = {
    en: `The ${name.en} pairs a ${material.en} body with ${featureA?.en ?? ''}. It also brings ${featureB?.en ?? ''}.`,
    de: `${name.de}: Gehäuse aus ${material.de} und ${featureA?.de ?? ''}. Außerdem an Bord: ${featureB?.de ?? ''}.`,
  };
  const createdAt = new Date(CATALOG_EPOCH + index * SIX_HOURS + random.int(0, 59) * 60_000);
  const updatedAt = new Date(createdAt.getTime() + random.int(0, 30) * 24 * 60 * 60 * 1000);
  const [low, high] = sub.priceRange;
  const grossEur = roundTo99(random.int(low, high));

  const texts = {} as Record<DemoLocale, DemoTexts>;
  for (const locale of DEMO_LOCALES) {
    const lang = locale === 'de_DE' ? 'de' : 'en';
    texts[locale] = {
      name: name[lang],
      description: description[lang],
      metaTitle: name[lang],
      metaDescription: description[lang].split('. ')[0] ?? description[lang],
      metaKeywords: [brand, sub.noun[lang], top.name[lang]].join(','),
      url: `/${lang}/${slugify(name[lang])}-${sku}`,
    };
  }

  const concretes = buildConcretes(random, sku, sub, name, description, grossEur, usedConcreteSkus);
  return {
    sku,
    attributes: {
      brand,
      model,
      material: material.en,
      warranty: `${random.int(1, 3)} years`,
    },
    createdAt,
    updatedAt,
    texts,
    categoryKeys: random.chance(0.4) ? [sub.key, top.key] : [sub.key],
    grossEur,
    originalGrossEur: index % 4 === 0 ? roundTo99(grossEur * 1.25) : null,
    imageCount: random.int(1, 3),
    concretes,
  };
}

function buildConcretes(
  random: SeedRandom,
  abstractSku: string,
  sub: DemoSubcategory,
  name: Translated,
  description: Translated,
  grossEur: number,
  usedSkus: Set<string>,
): DemoConcrete[] {
  const count = random.int(2, 4);
  const colors = random.shuffle(COLORS);
  const variants: { color: Translated; axisIndex: number | null }[] = [];
  if (sub.axis === 'none') {
    colors.slice(0, count).forEach((color) => variants.push({ color, axisIndex: null }));
  } else {
    const combos = colors
      .slice(0, 2)
      .flatMap((color) => sub.axisValues.map((_, axisIndex) => ({ color, axisIndex })));
    variants.push(...random.shuffle(combos).slice(0, count));
  }
  variants.sort((a, b) => a.color.en.localeCompare(b.color.en) || (a.axisIndex ?? 0) - (b.axisIndex ?? 0));

  return variants.map(({ color, axisIndex }) => {
    let sku: string;
    do {
      sku = `${abstractSku}_${random.int(10_000_000, 99_999_999)}`;
    } while (usedSkus.has(sku));
    usedSkus.add(sku);
    const axisValue = axisIndex === null ? null : (sub.axisValues[axisIndex] ?? null);
    const attributes: Record<string, string> = { color: color.en };
    if (axisValue !== null && sub.axis !== 'none') {
      attributes[sub.axis] = axisValue;
    }
    const suffix = (lang: 'en' | 'de'): string =>
      axisValue === null ? color[lang] : `${color[lang]}, ${axisValue}`;
    const inWarehouse1 = random.chance(0.15) ? 0 : random.int(1, 120);
    const inWarehouse2 = random.chance(0.3) ? 0 : random.int(1, 60);
    return {
      sku,
      attributes,
      isDiscontinued: random.chance(0.03),
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
        { warehouse: 'Warehouse1', quantity: inWarehouse1, isNeverOutOfStock: random.chance(0.05) },
        { warehouse: 'Warehouse2', quantity: inWarehouse2, isNeverOutOfStock: false },
      ],
      imageCount: random.int(1, 2),
    };
  });
}

/** Shop-style prices: 12345 → 12399 (minor units). */
export function roundTo99(amount: number): number {
  return Math.max(99, Math.round(amount / 100) * 100 - 1);
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
