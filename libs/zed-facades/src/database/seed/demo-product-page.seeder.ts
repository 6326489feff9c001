import type { EntityManager } from 'typeorm';
import { bulkInsert, idLookup } from './bulk-insert.js';
import { DEMO_LOCALES, type DemoCatalog } from './demo-catalog.js';
import type { SeededProductIds } from './demo-extras.seeder.js';
import { COLORS, MATERIALS, TOP_CATEGORIES, type Translated } from './demo-vocabulary.js';

/**
 * Demo labels. `New` marks every seventh product, `Sale` those with an original price (every fourth),
 * `Exclusive` every 25th from 010 on; the expired and the inactive label are assigned but never shown.
 */
export const DEMO_LABELS = [
  { name: 'New', de: 'Neu', position: 1, ref: 'new', exclusive: false, active: true, every: 7, from: 0 },
  { name: 'Sale', de: 'Sale', position: 2, ref: 'sale', exclusive: false, active: true, every: 4, from: 0 },
  {
    name: 'Exclusive',
    de: 'Exklusiv',
    position: 3,
    ref: 'exclusive',
    exclusive: true,
    active: true,
    every: 25,
    from: 9,
  },
  {
    name: 'Christmas 2024',
    de: 'Weihnachten 2024',
    position: 4,
    ref: 'christmas',
    exclusive: false,
    active: true,
    every: 3,
    from: 0,
    validTo: '2024-12-31T23:59:59Z',
  },
  { name: 'Draft', de: 'Entwurf', position: 5, ref: '', exclusive: false, active: false, every: 5, from: 0 },
] as const;

/** Demo tax sets: `Reduced Taxes` for e-readers, `Standard Taxes` for every other product. */
export const DEMO_TAX_SETS = [
  {
    uuid: '5f8b6c2e-3d1a-5b7e-9c4f-1a2b3c4d5e6f',
    name: 'Standard Taxes',
    rates: [
      { name: 'Austria Standard', rate: '20.00', country: 'AT' },
      { name: 'Germany Standard', rate: '19.00', country: 'DE' },
    ],
  },
  {
    uuid: '7a1c9e3f-5b2d-5c8a-8d6e-2b3c4d5e6f7a',
    name: 'Reduced Taxes',
    rates: [
      { name: 'Austria Reduced', rate: '10.00', country: 'AT' },
      { name: 'Germany Reduced', rate: '7.00', country: 'DE' },
    ],
  },
] as const;
interface DemoTaxRate {
  readonly name: string;
  readonly rate: string;
  readonly country: string;
}

export const REDUCED_TAX_CATEGORY = 'e-readers';

interface DemoAttribute {
  readonly key: string;
  readonly name: Translated;
  readonly inputType: string;
  readonly allowInput: boolean;
  readonly isSuper: boolean;
  readonly values: readonly (string | Translated)[];
}

const axisValues = (axis: string): string[] => [
  ...new Set(
    TOP_CATEGORIES.flatMap((top) => top.subcategories.filter((sub) => sub.axis === axis)).flatMap(
      (sub) => sub.axisValues,
    ),
  ),
];

/** The attributes the demo products carry (demo-catalog.ts): abstract ones first, then the variant axes. */
const DEMO_ATTRIBUTES: readonly DemoAttribute[] = [
  {
    key: 'brand',
    name: { en: 'Brand', de: 'Marke' },
    inputType: 'text',
    allowInput: true,
    isSuper: false,
    values: [],
  },
  {
    key: 'model',
    name: { en: 'Model', de: 'Modell' },
    inputType: 'text',
    allowInput: true,
    isSuper: false,
    values: [],
  },
  {
    key: 'material',
    name: { en: 'Material', de: 'Material' },
    inputType: 'select',
    allowInput: false,
    isSuper: false,
    values: MATERIALS,
  },
  {
    key: 'warranty',
    name: { en: 'Warranty', de: 'Garantie' },
    inputType: 'select',
    allowInput: false,
    isSuper: false,
    values: [1, 2, 3].map((years) => ({
      en: `${years} years`,
      de: `${years} ${years === 1 ? 'Jahr' : 'Jahre'}`,
    })),
  },
  {
    key: 'color',
    name: { en: 'Color', de: 'Farbe' },
    inputType: 'select',
    allowInput: false,
    isSuper: true,
    values: COLORS,
  },
  {
    key: 'storage_capacity',
    name: { en: 'Storage capacity', de: 'Speicherkapazität' },
    inputType: 'select',
    allowInput: false,
    isSuper: true,
    values: axisValues('storage_capacity'),
  },
  {
    key: 'size',
    name: { en: 'Size', de: 'Größe' },
    inputType: 'select',
    allowInput: false,
    isSuper: true,
    values: axisValues('size'),
  },
];

/** Labels, tax sets and product attributes: what a product page includes besides prices and images. */
export async function seedProductPageData(
  manager: EntityManager,
  catalog: DemoCatalog,
  ids: SeededProductIds,
  localeId: (locale: string) => number,
): Promise<void> {
  await seedLabels(manager, catalog, ids, localeId);
  await seedTaxes(manager, catalog, ids);
  await seedAttributes(manager, localeId);
}

const german = (locale: string): boolean => locale === 'de_DE';

async function seedLabels(
  manager: EntityManager,
  catalog: DemoCatalog,
  ids: SeededProductIds,
  localeId: (locale: string) => number,
): Promise<void> {
  const labels = await bulkInsert(
    manager,
    'product_label',
    ['name', 'is_active', 'is_exclusive', 'position', 'front_end_reference', 'valid_to'],
    DEMO_LABELS.map((label) => [
      label.name,
      label.active,
      label.exclusive,
      label.position,
      label.ref,
      'validTo' in label ? label.validTo : null,
    ]),
    ['id_product_label', 'name'],
  );
  const labelId = idLookup(labels, 'name', 'id_product_label');
  await bulkInsert(
    manager,
    'product_label_localized_attributes',
    ['fk_product_label', 'fk_locale', 'name'],
    DEMO_LABELS.flatMap((label) =>
      DEMO_LOCALES.map((locale) => [
        labelId(label.name),
        localeId(locale),
        german(locale) ? label.de : label.name,
      ]),
    ),
  );
  await bulkInsert(
    manager,
    'product_label_product_abstract',
    ['fk_product_label', 'fk_product_abstract'],
    DEMO_LABELS.flatMap((label) =>
      catalog.abstracts
        .filter((_, index) => index >= label.from && (index - label.from) % label.every === 0)
        .map((abstract) => [labelId(label.name), ids.abstractId(abstract.sku)]),
    ),
  );
}

async function seedTaxes(manager: EntityManager, catalog: DemoCatalog, ids: SeededProductIds): Promise<void> {
  const rates: readonly DemoTaxRate[] = DEMO_TAX_SETS.flatMap((set): readonly DemoTaxRate[] => set.rates);
  const rateRows = await bulkInsert(
    manager,
    'tax_rate',
    ['name', 'rate', 'country_iso2_code'],
    rates.map((rate) => [rate.name, rate.rate, rate.country]),
    ['id_tax_rate', 'name'],
  );
  const rateId = idLookup(rateRows, 'name', 'id_tax_rate');
  const setRows = await bulkInsert(
    manager,
    'tax_set',
    ['uuid', 'name'],
    DEMO_TAX_SETS.map((set) => [set.uuid, set.name]),
    ['id_tax_set', 'name'],
  );
  const setId = idLookup(setRows, 'name', 'id_tax_set');
  await bulkInsert(
    manager,
    'tax_set_tax_rate',
    ['fk_tax_set', 'fk_tax_rate'],
    DEMO_TAX_SETS.flatMap((set) => set.rates.map((rate) => [setId(set.name), rateId(rate.name)])),
  );
  await bulkInsert(
    manager,
    'product_abstract_tax_set',
    ['fk_product_abstract', 'fk_tax_set'],
    catalog.abstracts.map((abstract) => [
      ids.abstractId(abstract.sku),
      setId(abstract.categoryKeys.includes(REDUCED_TAX_CATEGORY) ? 'Reduced Taxes' : 'Standard Taxes'),
    ]),
  );
}

async function seedAttributes(manager: EntityManager, localeId: (locale: string) => number): Promise<void> {
  const attributeRows = await bulkInsert(
    manager,
    'product_management_attribute',
    ['attribute_key', 'input_type', 'allow_input', 'is_super'],
    DEMO_ATTRIBUTES.map((attribute) => [
      attribute.key,
      attribute.inputType,
      attribute.allowInput,
      attribute.isSuper,
    ]),
    ['id_product_management_attribute', 'attribute_key'],
  );
  const attributeId = idLookup(attributeRows, 'attribute_key', 'id_product_management_attribute');
  await bulkInsert(
    manager,
    'product_management_attribute_key_translation',
    ['fk_product_management_attribute', 'fk_locale', 'translation'],
    DEMO_ATTRIBUTES.flatMap((attribute) =>
      DEMO_LOCALES.map((locale) => [
        attributeId(attribute.key),
        localeId(locale),
        german(locale) ? attribute.name.de : attribute.name.en,
      ]),
    ),
  );
  const values = DEMO_ATTRIBUTES.flatMap((attribute) =>
    attribute.values.map((value, index) => ({ key: attribute.key, value, index })),
  );
  const valueText = (value: string | Translated): string => (typeof value === 'string' ? value : value.en);
  const valueRows = await bulkInsert<{
    id_product_management_attribute_value: number;
    fk_product_management_attribute: number;
    value: string;
  }>(
    manager,
    'product_management_attribute_value',
    ['fk_product_management_attribute', 'value', 'sort_order'],
    values.map(({ key, value, index }) => [attributeId(key), valueText(value), index]),
    ['id_product_management_attribute_value', 'fk_product_management_attribute', 'value'],
  );
  const valueId = new Map(
    valueRows.map((row) => [
      `${row.fk_product_management_attribute}:${row.value}`,
      row.id_product_management_attribute_value,
    ]),
  );
  await bulkInsert(
    manager,
    'product_management_attribute_value_translation',
    ['fk_product_management_attribute_value', 'fk_locale', 'translation'],
    values.flatMap(({ key, value }) => {
      if (typeof value === 'string') return [];
      const id = valueId.get(`${attributeId(key)}:${value.en}`);
      return DEMO_LOCALES.map((locale) => [id, localeId(locale), german(locale) ? value.de : value.en]);
    }),
  );
}
